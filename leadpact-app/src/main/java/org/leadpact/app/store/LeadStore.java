package org.leadpact.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.leadpact.app.metrics.Metrics;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/**
 * The lead event log and its projection. Appends are optimistic: the caller says which version of the
 * lead it decided on; if another writer got there first the append fails whole and nothing is written.
 * Events and the projection change in one transaction, so a reader never sees one without the other;
 * inside a larger transaction ({@link Database#inUnits}), a failed append undoes only itself.
 */
public final class LeadStore {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };
    private static final int PAGE = 500;

    private final Database db;
    private final Metrics metrics;
    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    public LeadStore(Database db) {
        this(db, Metrics.NONE);
    }

    /** A store that reports every event it appends to {@code metrics}. */
    public LeadStore(Database db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    /** An event to append, with the id its sender gave it (null when none) for de-duplication. */
    public record NewEvent(LeadEvent event, String eventId) {
        public static NewEvent of(LeadEvent event) {
            return new NewEvent(event, null);
        }
    }

    /**
     * Appends events decided on version {@code expectedVersion} of the lead, and stores the state they
     * lead to as the projection. Returns the new version.
     *
     * @throws ConcurrentAppendException when the lead is no longer at {@code expectedVersion}
     * @throws DuplicateEventException   when an event id is already in the log
     */
    public int append(LeadState after, int expectedVersion, List<NewEvent> events, Instant recordedAt,
                      String recordedBy) {
        if (after.history().size() != expectedVersion + events.size()) {
            throw new IllegalArgumentException("the state after holds " + after.history().size()
                    + " events, not " + expectedVersion + " + " + events.size());
        }
        int version;
        try {
            version = db.jdbi().withHandle(handle -> Database.inSavepoint(handle, h -> {
                insertEvents(h, after.id(), expectedVersion, events, recordedAt, recordedBy);
                writeProjection(h, LeadProjection.of(after), expectedVersion == 0);
                return expectedVersion + events.size();
            }));
        } catch (UnableToExecuteStatementException e) {
            throw translate(e, after.id(), expectedVersion, events);
        }
        events.forEach(e -> metrics.eventAppended(codec.typeName(e.event())));
        return version;
    }

    private RuntimeException translate(UnableToExecuteStatementException e, String leadId, int expectedVersion,
                                       List<NewEvent> events) {
        if (e.getCause() instanceof SQLException sql) {
            if (db.dialect().violates(sql, "lead_event_event_id")) {
                String duplicate = events.stream().map(NewEvent::eventId).filter(id -> id != null && isRecorded(id))
                        .findFirst().orElse("?");
                return new DuplicateEventException(duplicate);
            }
            // A second writer at the same version, or a new lead whose e-mail / external id another
            // writer has just taken: either way, read again and decide again.
            if (db.dialect().violates(sql, "lead_event_version") || db.dialect().violates(sql, "lead_email")
                    || db.dialect().violates(sql, "lead_external_id")) {
                return new ConcurrentAppendException(leadId, expectedVersion);
            }
        }
        return e;
    }

    private void insertEvents(Handle h, String leadId, int expectedVersion, List<NewEvent> events, Instant recordedAt,
                              String recordedBy) {
        Integer current = h.createQuery("SELECT MAX(lead_version) FROM lead_event WHERE lead_id = :id")
                .bind("id", leadId).mapTo(Integer.class).findOne().orElse(null);
        int version = current == null ? 0 : current;
        if (version != expectedVersion) {
            throw new ConcurrentAppendException(leadId, expectedVersion);
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO lead_event (lead_id, lead_version, event_id, event_type, "
                + "occurred_at, recorded_at, recorded_by, payload) VALUES (:lead, :version, :eventId, :type, :occurred, "
                + ":recorded, :by, :payload)");
        for (NewEvent e : events) {
            batch.bind("lead", leadId).bind("version", ++version).bind("eventId", e.eventId())
                    .bind("type", codec.typeName(e.event())).bind("occurred", utc(e.event().at()))
                    .bind("recorded", utc(recordedAt)).bind("by", recordedBy)
                    .bind("payload", codec.write(e.event())).add();
        }
        batch.execute();
    }

    /** A new lead's row is inserted; a known lead's row updated (inserted if a rebuild has not reached it yet). */
    private void writeProjection(Handle h, LeadProjection p, boolean isNew) {
        String attributes = write(p.attributes());
        int updated = isNew ? 0 : h.createUpdate("UPDATE lead SET version = :version, email = :email, "
                        + "external_id = :externalId, stage = :stage, owner = :owner, "
                        + "agreement_version = :agreementVersion, attributes = :attributes, "
                        + "last_event_at = :lastEventAt WHERE id = :id")
                .bindMethods(p).bind("attributes", attributes).bind("lastEventAt", utc(p.lastEventAt())).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO lead (id, version, email, external_id, stage, owner, agreement_version, "
                            + "attributes, last_event_at) VALUES (:id, :version, :email, :externalId, :stage, :owner, "
                            + ":agreementVersion, :attributes, :lastEventAt)")
                    .bindMethods(p).bind("attributes", attributes).bind("lastEventAt", utc(p.lastEventAt())).execute();
        }
    }

    /**
     * Rewrites a lead's events through {@code scrub} and everything derived from them, in one
     * transaction: the projection, the visitor activity that joined the lead, and stored API answers
     * that mention it. The only change ever made to the log, and only for erasure.
     */
    public void erase(String leadId, java.util.function.UnaryOperator<LeadEvent> scrub) {
        db.jdbi().useTransaction(h -> {
            var rows = h.createQuery("SELECT position, payload FROM lead_event WHERE lead_id = :id ORDER BY lead_version")
                    .bind("id", leadId).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
            List<LeadEvent> scrubbed = new ArrayList<>();
            for (var row : rows) {
                LeadEvent event = scrub.apply(codec.read(row.getValue()));
                scrubbed.add(event);
                h.createUpdate("UPDATE lead_event SET payload = :payload WHERE position = :position")
                        .bind("payload", codec.write(event)).bind("position", row.getKey()).execute();
            }
            h.createUpdate("DELETE FROM visitor_activity WHERE joined_lead_id = :id").bind("id", leadId).execute();
            h.createUpdate("DELETE FROM visitor WHERE lead_id = :id").bind("id", leadId).execute();
            h.createUpdate("DELETE FROM idempotency_key WHERE body LIKE :pattern").bind("pattern", "%" + leadId + "%")
                    .execute();
            writeProjection(h, LeadProjection.of(LeadState.fold(leadId, scrubbed)), false);
        });
    }

    /**
     * Leads in a stage, of an owner, and/or whose e-mail or attributes contain {@code text} (any case);
     * null means any. Newest first, a page at a time.
     */
    public List<LeadProjection> list(String stage, String owner, String text, int limit, int offset) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM lead WHERE (:stage IS NULL OR stage = :stage) "
                        + "AND (:owner IS NULL OR owner = :owner) AND (:like IS NULL OR LOWER(email) LIKE :like "
                        + "OR LOWER(attributes) LIKE :like) ORDER BY last_event_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("stage", stage).bind("owner", owner).bind("like", like).bind("limit", limit)
                .bind("offset", offset).map((rs, ctx) -> projection(rs)).list());
    }

    private LeadProjection projection(java.sql.ResultSet rs) throws SQLException {
        return new LeadProjection(rs.getString("id"), rs.getInt("version"), rs.getString("email"),
                rs.getString("external_id"), rs.getString("stage"), rs.getString("owner"),
                rs.getString("agreement_version"), read(rs.getString("attributes")),
                rs.getObject("last_event_at", OffsetDateTime.class).toInstant());
    }

    /** How many leads the projection holds in each stage (by stage code); stages with none are absent. */
    public Map<String, Long> countByStage() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT stage, COUNT(*) AS leads FROM lead GROUP BY stage")
                .reduceRows(new HashMap<String, Long>(), (counts, row) -> {
                    counts.put(row.getColumn("stage", String.class), row.getColumn("leads", Long.class));
                    return counts;
                }));
    }

    /** A consistent view of the projections: every pass over it sees the same leads. */
    public interface Snapshot {
        /** Each lead (in a stage, or all when null), in order of id. */
        void forEach(String stage, Consumer<LeadProjection> each);
    }

    /**
     * Reads the projections in one transaction at repeatable read (on PostgreSQL a snapshot), so a
     * reader that passes over them twice, e.g. to learn the columns and then write the rows, sees the
     * same leads both times while others keep writing. Leads are fetched a page at a time.
     */
    public <T> T read(Function<Snapshot, T> work) {
        return db.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> work.apply((stage, each) -> {
            String after = "";
            List<LeadProjection> page;
            do {
                page = h.createQuery("SELECT * FROM lead WHERE (:stage IS NULL OR stage = :stage) AND id > :after "
                                + "ORDER BY id LIMIT :limit")
                        .bind("stage", stage).bind("after", after).bind("limit", PAGE)
                        .map((rs, ctx) -> projection(rs)).list();
                page.forEach(each);
                after = page.isEmpty() ? after : page.getLast().id();
            } while (page.size() == PAGE);
        }));
    }

    /** Every event of a lead, in the order they were appended. */
    public List<LeadEvent> history(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT payload FROM lead_event WHERE lead_id = :id ORDER BY lead_version")
                .bind("id", leadId).mapTo(String.class).map(codec::read).list());
    }

    /** Whether the log holds any event of this lead. */
    public boolean exists(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT 1 FROM lead_event WHERE lead_id = :id LIMIT 1")
                .bind("id", leadId).mapTo(Integer.class).findOne().isPresent());
    }

    /** The lead as its log makes it, or empty for an unknown lead. */
    public Optional<LeadState> load(String leadId) {
        List<LeadEvent> events = history(leadId);
        return events.isEmpty() ? Optional.empty() : Optional.of(LeadState.fold(leadId, events));
    }

    public Optional<LeadProjection> projection(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM lead WHERE id = :id").bind("id", leadId)
                .map((rs, ctx) -> projection(rs)).findOne());
    }

    /** The lead with this e-mail address, whatever its case. */
    public Optional<String> leadIdByEmail(String email) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM lead WHERE email = :email")
                .bind("email", email.strip().toLowerCase(Locale.ROOT)).mapTo(String.class).findOne());
    }

    public Optional<String> leadIdByExternalId(String externalId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM lead WHERE external_id = :externalId")
                .bind("externalId", externalId).mapTo(String.class).findOne());
    }

    /** The lead whose log holds this event id, if any does. */
    public Optional<String> leadOfEvent(String eventId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT lead_id FROM lead_event WHERE event_id = :id")
                .bind("id", eventId).mapTo(String.class).findOne());
    }

    public boolean isRecorded(String eventId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_event WHERE event_id = :id")
                .bind("id", eventId).mapTo(Integer.class).one() > 0);
    }

    /** Ids of every lead in the log, in order of their first event. */
    public List<String> leadIds() {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT lead_id FROM lead_event GROUP BY lead_id ORDER BY MIN(position)").mapTo(String.class).list());
    }

    /**
     * Throws the projections away and folds every lead's log again. Returns how many leads were rebuilt.
     * The log is not touched.
     */
    public int rebuildProjections() {
        List<String> ids = leadIds();
        db.jdbi().useTransaction(h -> h.execute("DELETE FROM lead"));
        int rebuilt = 0;
        for (List<String> batch : batches(ids, 500)) {
            db.jdbi().useTransaction(h -> {
                for (String id : batch) {
                    List<LeadEvent> events = h.createQuery(
                                    "SELECT payload FROM lead_event WHERE lead_id = :id ORDER BY lead_version")
                            .bind("id", id).mapTo(String.class).map(codec::read).list();
                    writeProjection(h, LeadProjection.of(LeadState.fold(id, events)), true);
                }
            });
            rebuilt += batch.size();
        }
        return rebuilt;
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private String write(Map<String, String> attributes) {
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
