package org.leadpact.app.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.leadpact.app.store.Database;

/**
 * The historical average lost cycle: how long opportunities that were lost stayed open, from opening
 * to lost, over the whole log. It times stale opportunities when the agreement sets no limit.
 */
public final class LostCycles {
    private final Database db;

    public LostCycles(Database db) {
        this.db = db;
    }

    public Optional<Duration> average() {
        return db.jdbi().withHandle(h -> {
            Map<String, Instant> opened = new HashMap<>();
            long[] sum = {0, 0};
            h.createQuery("SELECT lead_id, occurred_at, payload FROM lead_event WHERE event_type = 'stage-changed' "
                            + "AND (payload LIKE '%\"to\":\"OPPORTUNITY\"%' OR payload LIKE '%\"to\":\"LOST\"%') "
                            + "ORDER BY lead_id, lead_version")
                    .map((rs, ctx) -> new Object[] {rs.getString(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3)})
                    .forEach(row -> {
                        String lead = (String) row[0];
                        Instant at = (Instant) row[1];
                        if (((String) row[2]).contains("\"to\":\"OPPORTUNITY\"")) {
                            opened.put(lead, at);
                        } else if (opened.containsKey(lead)) {
                            sum[0] += Duration.between(opened.remove(lead), at).toSeconds();
                            sum[1]++;
                        }
                    });
            return sum[1] == 0 ? Optional.<Duration>empty() : Optional.of(Duration.ofSeconds(sum[0] / sum[1]));
        });
    }
}
