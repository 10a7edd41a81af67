package org.leadpact.app.store;

import java.util.List;
import org.leadpact.lead.LeadEvent;

/**
 * Reads the log in append order from a position on, only the event types a reader folds: what the
 * routing ledger uses to catch up with every writer, this process or another.
 */
public final class LogScan {
    private final Database db;
    private static final int PAGE = 10_000;
    private final EventCodec codec = new EventCodec();

    public LogScan(Database db) {
        this.db = db;
    }

    /** An event and where it stands in the log. */
    public record Logged(long position, String leadId, LeadEvent event) {
    }

    /**
     * Positions of events of these types after {@code position}, in log order: cheap, no payload is read.
     * Read a page at a time: with a LIMIT the database walks the position index from {@code position}
     * on; without it, PostgreSQL's generic plan for the prepared query scanned the whole table.
     */
    public List<Long> positionsAfter(long position, List<String> types) {
        List<Long> all = new java.util.ArrayList<>();
        long from = position;
        while (true) {
            long after = from;
            List<Long> page = db.jdbi().withHandle(h -> h.createQuery("SELECT position FROM lead_event "
                            + "WHERE position > :position AND event_type IN (<types>) ORDER BY position LIMIT :limit")
                    .bind("position", after).bindList("types", types).bind("limit", PAGE).mapTo(Long.class).list());
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            from = page.getLast();
        }
    }

    /** The events at these positions, in log order. */
    public List<Logged> at(List<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT position, lead_id, payload FROM lead_event "
                        + "WHERE position IN (<positions>) ORDER BY position").bindList("positions", positions)
                .map((rs, ctx) -> new Logged(rs.getLong(1), rs.getString(2), codec.read(rs.getString(3)))).list());
    }

    /** Events of these types (their log names, e.g. owner-assigned) after {@code position}, in log order. */
    public List<Logged> after(long position, List<String> types) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT position, lead_id, payload FROM lead_event "
                        + "WHERE position > :position AND event_type IN (<types>) ORDER BY position")
                .bind("position", position).bindList("types", types)
                .map((rs, ctx) -> new Logged(rs.getLong(1), rs.getString(2), codec.read(rs.getString(3)))).list());
    }
}
