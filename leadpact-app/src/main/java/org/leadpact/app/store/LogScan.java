package org.leadpact.app.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.leadpact.lead.LeadEvent;

/**
 * Reads the whole event log lead by lead, each lead's events in log order, without loading it all:
 * pages of rows in (lead, version) order, read in one repeatable-read transaction so that the pass
 * sees one state of the log while others keep appending. Payloads come undecoded, so the caller can
 * decode them on its worker threads. Reads only; the log and projections are not touched.
 */
public final class LogScan {
    private static final int PAGE = 20_000;

    private final Database db;
    private final EventCodec codec = new EventCodec();

    public LogScan(Database db) {
        this.db = db;
    }

    /** One lead's events that happened before an instant, as stored JSON, in log order. */
    public record RawHistory(String leadId, List<String> payloads) {
    }

    /** How many events happened before {@code before} (the scan's total, for a progress bar). */
    public long count(Instant before) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_event WHERE occurred_at < :before")
                .bind("before", utc(before)).mapTo(Long.class).one());
    }

    /** Every lead's events that happened before {@code before}, one lead at a time, in order of lead id. */
    public void forEachLead(Instant before, Consumer<RawHistory> each) {
        db.jdbi().useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            String lead = "";
            int version = -1;
            List<String> payloads = new ArrayList<>();
            int rows;
            do {
                var page = h.createQuery("SELECT lead_id, lead_version, payload FROM lead_event "
                                + "WHERE (lead_id > :lead OR (lead_id = :lead AND lead_version > :version)) "
                                + "AND occurred_at < :before ORDER BY lead_id, lead_version LIMIT :limit")
                        .bind("lead", lead).bind("version", version).bind("before", utc(before)).bind("limit", PAGE)
                        .map((rs, ctx) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
                for (Row row : page) {
                    if (!row.lead().equals(lead) && !payloads.isEmpty()) {
                        each.accept(new RawHistory(lead, payloads));
                        payloads = new ArrayList<>();
                    }
                    lead = row.lead();
                    version = row.version();
                    payloads.add(row.payload());
                }
                rows = page.size();
            } while (rows == PAGE);
            if (!payloads.isEmpty()) {
                each.accept(new RawHistory(lead, payloads));
            }
        });
    }

    public LeadEvent decode(String payload) {
        return codec.read(payload);
    }

    private record Row(String lead, int version, String payload) {
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
