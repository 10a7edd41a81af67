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
 * rows in (lead, version) order (PostgreSQL streams them through a cursor, H2 reads pages after the
 * last row read), in one repeatable-read transaction so that the pass
 * sees one state of the log while others keep appending. Payloads come undecoded, so the caller can
 * decode them on its worker threads. Reads only; the log and projections are not touched.
 */
public final class LeadHistories {
    private static final int PAGE = 20_000;

    private final Database db;
    private final int page;
    private final EventCodec codec = new EventCodec();

    public LeadHistories(Database db) {
        this(db, PAGE);
    }

    /** A scan reading {@code pageRows} rows at a time (small pages: tests of the paging). */
    public LeadHistories(Database db, int pageRows) {
        this.db = db;
        this.page = pageRows;
    }

    /**
     * One lead's events that happened before an instant, as stored JSON (UTF-8 bytes, so the reading
     * thread does not build strings the workers would only parse again), in log order.
     */
    public record RawHistory(String leadId, List<byte[]> payloads) {
    }

    /** How many events happened before {@code before} (the scan's total, for a progress bar). */
    public long count(Instant before) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_event WHERE occurred_at < :before")
                .bind("before", utc(before)).mapTo(Long.class).one());
    }

    /** Every lead's events that happened before {@code before}, one lead at a time, in order of lead id. */
    public void forEachLead(Instant before, Consumer<RawHistory> each) {
        db.jdbi().useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            Grouper grouper = new Grouper(each);
            if (db.dialect().streamsLargeResults()) {
                // Walk the (lead_id, lead_version) index: left to itself the planner sorts the whole log on
                // disk first (20 M events: 26 GB written, 137 s before the first row), the index streams it.
                h.execute("SET LOCAL enable_sort = off");
                h.createQuery("SELECT lead_id, lead_version, payload FROM lead_event WHERE occurred_at < :before "
                                + "ORDER BY lead_id, lead_version").bind("before", utc(before)).setFetchSize(page)
                        .map(LeadHistories::rowOfBytes).forEach(grouper::accept);
            } else {
                List<Row> rows;
                do {
                    rows = h.createQuery("SELECT lead_id, lead_version, payload FROM lead_event "
                                    + "WHERE (lead_id, lead_version) > (:lead, :version) AND occurred_at < :before "
                                    + "ORDER BY lead_id, lead_version LIMIT :limit")
                            .bind("lead", grouper.lead).bind("version", grouper.version).bind("before", utc(before))
                            .bind("limit", page).map(LeadHistories::row).list();
                    rows.forEach(grouper::accept);
                } while (rows.size() == page);
            }
            grouper.finish();
        });
    }

    /** PostgreSQL's driver hands a text column's bytes as received (UTF-8): no string is built. */
    private static Row rowOfBytes(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getInt(2), rs.getBytes(3));
    }

    private static Row row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getInt(2), rs.getString(3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Rows in (lead, version) order into one history per lead. */
    private static final class Grouper {
        private final Consumer<RawHistory> each;
        private String lead = "";
        private int version = -1;
        private List<byte[]> payloads = new ArrayList<>();

        Grouper(Consumer<RawHistory> each) {
            this.each = each;
        }

        void accept(Row row) {
            if (!row.lead().equals(lead)) {
                finish();
            }
            lead = row.lead();
            version = row.version();
            payloads.add(row.payload());
        }

        void finish() {
            if (!payloads.isEmpty()) {
                each.accept(new RawHistory(lead, payloads));
                payloads = new ArrayList<>();
            }
        }
    }

    public LeadEvent decode(byte[] payload) {
        return codec.read(payload);
    }

    private record Row(String lead, int version, byte[] payload) {
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
