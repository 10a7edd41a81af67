package org.leadpact.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.reports.LeadFacts;

/** The {@code lead_fact} table: each lead's report facts, written in batches beside its projection. */
final class FactRows {
    private static final int PAGE = 10_000;

    private final FactCodec codec = new FactCodec();

    /**
     * A lead's facts, and the version of its log they were last changed at: the position of its last
     * event that bears on them ({@link LeadFacts#bearsOn}), so that appends of events that cannot change
     * them need not write them, and a rebuild writes the same row.
     */
    record Versioned(LeadFacts facts, int version) {
        static Versioned of(LeadState state) {
            List<LeadEvent> history = state.history();
            int version = history.size();
            while (version > 1 && !LeadFacts.bearsOn(history.get(version - 1))) {
                version--;
            }
            return new Versioned(LeadFacts.of(state), version);
        }
    }

    /** Updates these leads' facts, and inserts those of leads that had none, in one statement or batch. */
    void write(Handle h, Dialect dialect, List<Versioned> facts) {
        List<java.util.Map<String, Object>> rows = new ArrayList<>(facts.size());
        for (Versioned v : facts) {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>(4);
            row.put("lead_id", v.facts().id());
            row.put("version", v.version());
            row.put("facts", codec.write(v.facts()));
            rows.add(row);
        }
        dialect.upsertAll(h, "lead_fact", "lead_id", rows, List.of("version", "facts"));
    }

    /** Facts of leads that have none stored yet (a bulk load's new leads): inserts only. */
    void insert(Handle h, List<Versioned> facts) {
        if (!facts.isEmpty()) {
            bind(h.prepareBatch("INSERT INTO lead_fact (lead_id, version, facts) VALUES (:id, :version, :facts)"), facts)
                    .execute();
        }
    }

    private PreparedBatch bind(PreparedBatch batch, List<Versioned> facts) {
        for (Versioned v : facts) {
            batch.bind("id", v.facts().id()).bind("version", v.version()).bind("facts", codec.write(v.facts())).add();
        }
        return batch;
    }

    /** Every lead's facts, a page at a time in order of lead id. */
    void forEach(Handle h, UnaryOperator<String> shared, Consumer<LeadFacts> each) {
        String after = "";
        int read;
        do {
            List<LeadFacts> page = h.createQuery("SELECT lead_id, facts FROM lead_fact WHERE lead_id > :after "
                            + "ORDER BY lead_id LIMIT :limit").bind("after", after).bind("limit", PAGE)
                    .map((rs, ctx) -> codec.read(rs.getString(1), rs.getString(2), shared)).list();
            page.forEach(each);
            read = page.size();
            after = page.isEmpty() ? after : page.getLast().id();
        } while (read == PAGE);
    }
}
