package org.leadpact.app.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The {@code lead_event} rows: events inserted in batches, and the version each lead is at. */
final class LogRows {
    /** Ids per IN list: far below any driver's limit on parameters. */
    static final int IN_LIST = 1000;

    private final EventCodec codec;

    LogRows(EventCodec codec) {
        this.codec = codec;
    }

    /**
     * Inserts the events of these appends, each lead's numbered on from the version it was decided on:
     * through COPY on PostgreSQL (one statement with no parameters to bind), as a batch of inserts
     * elsewhere. A taken version or event id fails it with the key's name.
     */
    void insert(Handle h, Dialect dialect, List<LeadStore.Append> appends, Instant recordedAt, String recordedBy) {
        if (dialect.copiesRows()) {
            copy(h, appends, recordedAt, recordedBy);
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO lead_event (lead_id, lead_version, event_id, event_type, "
                + "occurred_at, recorded_at, recorded_by, payload) VALUES (:lead, :version, :eventId, :type, :occurred, "
                + ":recorded, :by, :payload)");
        OffsetDateTime recorded = utc(recordedAt);
        for (LeadStore.Append a : appends) {
            int version = a.expectedVersion();
            for (LeadStore.NewEvent e : a.events()) {
                batch.bind("lead", a.after().id()).bind("version", ++version).bind("eventId", e.eventId())
                        .bind("type", codec.typeName(e.event())).bind("occurred", utc(e.event().at()))
                        .bind("recorded", recorded).bind("by", recordedBy).bind("payload", payload(e)).add();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private String payload(LeadStore.NewEvent e) {
        return e.payload() != null ? e.payload() : codec.write(e.event());
    }

    private void copy(Handle h, List<LeadStore.Append> appends, Instant recordedAt, String recordedBy) {
        String recorded = recordedAt.toString();
        CopyRows rows = new CopyRows(appends.size() * 512);
        for (LeadStore.Append a : appends) {
            int version = a.expectedVersion();
            for (LeadStore.NewEvent e : a.events()) {
                rows.text(a.after().id()).next().number(++version).next().text(e.eventId()).next()
                        .text(codec.typeName(e.event())).next().text(e.event().at().toString()).next().text(recorded)
                        .next().text(recordedBy).next().text(payload(e)).end();
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            rows.copy(h.getConnection(), "COPY lead_event (lead_id, lead_version, event_id, event_type, occurred_at, "
                    + "recorded_at, recorded_by, payload) FROM STDIN");
        } catch (SQLException e) {
            throw new StoreFailure("COPY into lead_event failed: " + e.getMessage(), e);
        }
    }

    /**
     * The version of each of these leads that has any events: its projection's, or, for a lead without
     * one (its projection is being rebuilt), the last in its log.
     */
    static Map<String, Integer> versions(Handle h, Collection<String> leadIds) {
        Map<String, Integer> versions = new HashMap<>();
        for (List<String> chunk : chunks(leadIds, IN_LIST)) {
            h.createQuery("SELECT id, version FROM lead WHERE id IN (<ids>)").bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> versions.put(e.getKey(),
                            e.getValue()));
        }
        List<String> unprojected = leadIds.stream().filter(id -> !versions.containsKey(id)).distinct().toList();
        for (List<String> chunk : chunks(unprojected, IN_LIST)) {
            h.createQuery("SELECT lead_id, MAX(lead_version) FROM lead_event WHERE lead_id IN (<ids>) GROUP BY lead_id")
                    .bindList("ids", chunk).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> versions.put(e.getKey(), e.getValue()));
        }
        return versions;
    }

    static <T> List<List<T>> chunks(Collection<T> items, int size) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
