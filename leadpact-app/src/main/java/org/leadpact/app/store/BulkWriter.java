package org.leadpact.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/**
 * Writes whole histories of new leads straight into {@code lead_event} and {@code lead}: the rows
 * {@link LeadStore#append} would have written had each event been appended on its own, at the instant
 * it happened (the same codec, versions from 1, the same projection), only much faster. PostgreSQL
 * gets them through {@code COPY ... FROM STDIN}; the embedded database through batched inserts. For
 * leads not yet in the log (a fresh store, a simulation): an existing lead id or e-mail fails the
 * chunk. Each call writes its leads in one transaction, with their report facts and whatever the
 * append listeners it was given write for them (the SLA clocks), so reports need no back-fill after it.
 */
public final class BulkWriter {
    private static final String EVENT_COLUMNS = "lead_id, lead_version, event_id, event_type, occurred_at, "
            + "recorded_at, recorded_by, payload";
    private static final String LEAD_COLUMNS = "id, version, email, external_id, stage, owner, agreement_version, "
            + "attributes, last_event_at";

    private final Database db;
    private final String recordedBy;
    private final List<LeadStore.AppendListener> listeners;
    private final EventCodec codec = new EventCodec();
    private final ProjectionRows projections = new ProjectionRows();
    private final FactRows facts = new FactRows();

    /** @param recordedBy who the log says recorded the events (as {@code recorded_by}) */
    public BulkWriter(Database db, String recordedBy) {
        this(db, recordedBy, List.of());
    }

    /**
     * @param listeners told of each chunk inside its transaction, as {@link LeadStore#onAppend} listeners are of
     *                  an append (the SLA clocks' {@code sla_clock} rows are written so)
     */
    public BulkWriter(Database db, String recordedBy, List<LeadStore.AppendListener> listeners) {
        this.db = db;
        this.recordedBy = recordedBy;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Writes these leads' histories (each state's {@code history()}), projections and report facts
     * ({@code lead_fact}), and what the listeners write for them, all or nothing.
     */
    public void write(List<LeadState> leads) {
        if (leads.isEmpty()) {
            return;
        }
        db.jdbi().useHandle(h -> {
            h.begin();
            try {
                if (db.dialect() == Dialect.POSTGRESQL) {
                    copy(h.getConnection(), leads);
                } else {
                    insert(h.getConnection(), leads);
                }
                facts.insert(h, leads.stream().map(LeadStore::versioned).toList());
                listeners.forEach(l -> l.appended(h, leads));
                h.commit();
            } catch (SQLException | RuntimeException e) {
                h.rollback();
                throw new IllegalStateException("bulk write of " + leads.size() + " leads from " + leads.get(0).id()
                        + " failed: " + e.getMessage(), e);
            }
        });
    }

    private void copy(Connection c, List<LeadState> leads) throws SQLException {
        CopyRows rows = new CopyRows(leads.size() * 4096);
        for (LeadState lead : leads) {
            int version = 0;
            for (LeadEvent e : lead.history()) {
                String at = e.at().toString();
                rows.text(lead.id()).next().number(++version).next().text(null).next().text(codec.typeName(e)).next()
                        .text(at).next().text(at).next().text(recordedBy).next().text(codec.write(e)).end();
            }
        }
        rows.copy(c, "COPY lead_event (" + EVENT_COLUMNS + ") FROM STDIN");
        for (LeadState lead : leads) {
            LeadProjection p = LeadProjection.of(lead);
            rows.text(p.id()).next().number(p.version()).next().text(p.email()).next().text(p.externalId()).next()
                    .text(p.stage()).next().text(p.owner()).next().text(p.agreementVersion()).next()
                    .text(projections.write(p.attributes())).next().text(p.lastEventAt().toString()).end();
        }
        rows.copy(c, "COPY lead (" + LEAD_COLUMNS + ") FROM STDIN");
    }

    private void insert(Connection c, List<LeadState> leads) throws SQLException {
        try (PreparedStatement events = c.prepareStatement("INSERT INTO lead_event (" + EVENT_COLUMNS
                + ") VALUES (?, ?, NULL, ?, ?, ?, ?, ?)");
             PreparedStatement rows = c.prepareStatement("INSERT INTO lead (" + LEAD_COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LeadState lead : leads) {
                int version = 0;
                for (LeadEvent e : lead.history()) {
                    var at = e.at().atOffset(ZoneOffset.UTC);
                    events.setString(1, lead.id());
                    events.setInt(2, ++version);
                    events.setString(3, codec.typeName(e));
                    events.setObject(4, at);
                    events.setObject(5, at);
                    events.setString(6, recordedBy);
                    events.setString(7, codec.write(e));
                    events.addBatch();
                }
                LeadProjection p = LeadProjection.of(lead);
                rows.setString(1, p.id());
                rows.setInt(2, p.version());
                rows.setString(3, p.email());
                rows.setString(4, p.externalId());
                rows.setString(5, p.stage());
                rows.setString(6, p.owner());
                rows.setString(7, p.agreementVersion());
                rows.setString(8, projections.write(p.attributes()));
                rows.setObject(9, p.lastEventAt().atOffset(ZoneOffset.UTC));
                rows.addBatch();
            }
            events.executeBatch();
            rows.executeBatch();
        }
    }
}
