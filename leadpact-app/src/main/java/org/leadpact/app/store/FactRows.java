package org.leadpact.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.leadpact.reports.LeadFacts;

/** The {@code lead_fact} table: each lead's report facts, written in batches beside its projection. */
final class FactRows {
    private static final int PAGE = 10_000;

    private final FactCodec codec = new FactCodec();

    /** A lead's facts at a version of its log. */
    record Versioned(LeadFacts facts, int version) {
    }

    void write(Handle h, List<Versioned> facts) {
        if (facts.isEmpty()) {
            return;
        }
        int[] updated = bind(h.prepareBatch("UPDATE lead_fact SET version = :version, facts = :facts WHERE lead_id = :id"),
                facts).execute();
        List<Versioned> fresh = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (updated[i] == 0) {
                fresh.add(facts.get(i));
            }
        }
        insert(h, fresh);
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
