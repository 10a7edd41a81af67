package org.leadpact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.leadpact.app.store.EventCodec;
import org.leadpact.app.store.FactCodec;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.reports.LeadFacts;
import org.postgresql.PGConnection;

/**
 * Writes generated leads straight into the tables the store keeps (lead_event, lead, lead_fact), the
 * same rows an append writes, without the per-request checks: COPY on PostgreSQL, batched inserts on H2.
 * For loading benchmark data only.
 */
final class BulkRows {
    private static final String EVENT = "lead_event (lead_id, lead_version, event_id, event_type, occurred_at, "
            + "recorded_at, recorded_by, payload)";
    private static final String LEAD = "lead (id, version, email, external_id, stage, owner, agreement_version, "
            + "attributes, last_event_at)";
    private static final String FACT = "lead_fact (lead_id, version, facts)";

    private final EventCodec events = new EventCodec();
    private final FactCodec facts = new FactCodec();
    private final ObjectMapper json = new ObjectMapper();

    long write(Connection c, List<LeadState> leads) throws SQLException, IOException {
        return c.isWrapperFor(PGConnection.class) ? copy(c, leads) : insert(c, leads);
    }

    private long copy(Connection c, List<LeadState> leads) throws SQLException, IOException {
        StringBuilder ev = new StringBuilder(1 << 20);
        StringBuilder ld = new StringBuilder(1 << 16);
        StringBuilder fc = new StringBuilder(1 << 16);
        long count = 0;
        for (LeadState s : leads) {
            int v = 0;
            for (LeadEvent e : s.history()) {
                row(ev, s.id(), ++v, null, events.typeName(e), e.at().toString(), e.at().toString(), "bench",
                        events.write(e));
                count++;
            }
            LeadProjection p = LeadProjection.of(s);
            row(ld, p.id(), p.version(), p.email(), p.externalId(), p.stage(), p.owner(), p.agreementVersion(),
                    json.writeValueAsString(p.attributes()), p.lastEventAt().toString());
            row(fc, s.id(), s.history().size(), facts.write(LeadFacts.of(s)));
        }
        var copier = c.unwrap(PGConnection.class).getCopyAPI();
        copier.copyIn("COPY " + EVENT + " FROM STDIN (FORMAT csv)", new StringReader(ev.toString()));
        copier.copyIn("COPY " + LEAD + " FROM STDIN (FORMAT csv)", new StringReader(ld.toString()));
        copier.copyIn("COPY " + FACT + " FROM STDIN (FORMAT csv)", new StringReader(fc.toString()));
        return count;
    }

    private static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (cells[i] != null) {
                out.append('"').append(cells[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private long insert(Connection c, List<LeadState> leads) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO " + EVENT + " VALUES (?, ?, NULL, ?, ?, ?, 'bench', ?)");
             PreparedStatement ld = c.prepareStatement("INSERT INTO " + LEAD + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement fc = c.prepareStatement("INSERT INTO " + FACT + " VALUES (?, ?, ?)")) {
            for (LeadState s : leads) {
                int v = 0;
                for (LeadEvent e : s.history()) {
                    ev.setString(1, s.id());
                    ev.setInt(2, ++v);
                    ev.setString(3, events.typeName(e));
                    ev.setTimestamp(4, Timestamp.from(e.at()));
                    ev.setTimestamp(5, Timestamp.from(e.at()));
                    ev.setString(6, events.write(e));
                    ev.addBatch();
                    count++;
                }
                LeadProjection p = LeadProjection.of(s);
                ld.setString(1, p.id());
                ld.setInt(2, p.version());
                ld.setString(3, p.email());
                ld.setString(4, p.externalId());
                ld.setString(5, p.stage());
                ld.setString(6, p.owner());
                ld.setString(7, p.agreementVersion());
                ld.setString(8, json.writeValueAsString(p.attributes()));
                ld.setTimestamp(9, Timestamp.from(p.lastEventAt()));
                ld.addBatch();
                fc.setString(1, s.id());
                fc.setInt(2, s.history().size());
                fc.setString(3, facts.write(LeadFacts.of(s)));
                fc.addBatch();
            }
            ev.executeBatch();
            ld.executeBatch();
            fc.executeBatch();
        }
        return count;
    }
}
