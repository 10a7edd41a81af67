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
import org.jdbi.v3.core.statement.PreparedBatch;

/** The {@code lead} table: projections written in batches and read back. */
final class ProjectionRows {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final String UPDATE = "UPDATE lead SET version = :version, email = :email, external_id = :externalId, "
            + "stage = :stage, owner = :owner, agreement_version = :agreementVersion, attributes = :attributes, "
            + "last_event_at = :lastEventAt WHERE id = :id";
    private static final String INSERT = "INSERT INTO lead (id, version, email, external_id, stage, owner, "
            + "agreement_version, attributes, last_event_at) VALUES (:id, :version, :email, :externalId, :stage, "
            + ":owner, :agreementVersion, :attributes, :lastEventAt)";

    private final ObjectMapper json = new ObjectMapper();

    /** Updates the rows of these leads in one batch, and inserts the rows of leads that had none. */
    void write(Handle h, List<LeadProjection> projections) {
        if (projections.isEmpty()) {
            return;
        }
        int[] updated = bind(h.prepareBatch(UPDATE), projections).execute();
        List<LeadProjection> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < projections.size(); i++) {
            if (updated[i] == 0) {
                fresh.add(projections.get(i));
            }
        }
        if (!fresh.isEmpty()) {
            bind(h.prepareBatch(INSERT), fresh).execute();
        }
    }

    private PreparedBatch bind(PreparedBatch batch, List<LeadProjection> projections) {
        for (LeadProjection p : projections) {
            batch.bindMethods(p).bind("attributes", write(p.attributes()))
                    .bind("lastEventAt", p.lastEventAt().atOffset(ZoneOffset.UTC)).add();
        }
        return batch;
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
