package org.leadpact.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadState;

/** The {@code lead} table: projections written in batches and read back. */
final class ProjectionRows {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private final ObjectMapper json = new ObjectMapper();

    private static final List<String> UPDATED = List.of("version", "email", "external_id", "stage", "owner",
            "agreement_version", "attributes", "last_event_at");

    /**
     * The rows of these appends' leads. A lead whose append changed no attribute keeps its e-mail,
     * external id and attributes: only its version, stage, owner, agreement version and last event
     * change, in one narrower update (no attribute JSON to write); any such lead without a row (its
     * projection is being rebuilt) gets a whole one, as new leads and changed profiles do.
     */
    void writeAfter(Handle h, Dialect dialect, List<LeadStore.Append> appends) {
        List<LeadState> whole = new java.util.ArrayList<>();
        Map<String, LeadState> narrow = new java.util.LinkedHashMap<>();
        for (LeadStore.Append a : appends) {
            boolean profile = a.expectedVersion() == 0
                    || a.events().stream().anyMatch(e -> e.event() instanceof AttributesChanged);
            if (profile) {
                whole.add(a.after());
            } else {
                narrow.put(a.after().id(), a.after());
            }
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>(narrow.size());
        for (LeadState state : narrow.values()) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(8);
            row.put("id", state.id());
            row.put("version", state.history().size());
            row.put("stage", state.stage().code());
            row.put("owner", state.owner());
            row.put("agreement_version", LeadProjection.agreementVersion(state));
            row.put("last_event_at", state.latestEventAt().atOffset(ZoneOffset.UTC));
            rows.add(row);
        }
        dialect.updateAll(h, "lead", "id", rows).forEach(id -> whole.add(narrow.get(id)));
        write(h, dialect, whole.stream().map(LeadProjection::of).toList());
    }

    /** Updates the rows of these leads, and inserts the rows of leads that had none, in one statement or batch. */
    void write(Handle h, Dialect dialect, List<LeadProjection> projections) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(projections.size());
        for (LeadProjection p : projections) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(16);
            row.put("id", p.id());
            row.put("version", p.version());
            row.put("email", p.email());
            row.put("external_id", p.externalId());
            row.put("stage", p.stage());
            row.put("owner", p.owner());
            row.put("agreement_version", p.agreementVersion());
            row.put("attributes", write(p.attributes()));
            row.put("last_event_at", p.lastEventAt().atOffset(ZoneOffset.UTC));
            rows.add(row);
        }
        dialect.upsertAll(h, "lead", "id", rows, UPDATED);
    }

    LeadProjection read(ResultSet rs) throws SQLException {
        return new LeadProjection(rs.getString("id"), rs.getInt("version"), rs.getString("email"),
                rs.getString("external_id"), rs.getString("stage"), rs.getString("owner"),
                rs.getString("agreement_version"), read(rs.getString("attributes")),
                rs.getObject("last_event_at", OffsetDateTime.class).toInstant());
    }

    String write(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String attributes) {
        try {
            return json.readValue(attributes, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes cannot be read", e);
        }
    }
}
