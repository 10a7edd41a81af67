package org.leadpact.app.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.leadpact.app.metrics.Metrics;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.reports.LeadFacts;

/**
 * The lead event log and its projection. Appends are optimistic: the caller says which version of each
 * lead it decided on; if another writer got there first the append fails whole and nothing is written.
 * Events and projections change in one transaction, so a reader never sees one without the other.
 * States read or written are kept in a {@link StateCache}: loading a cached lead costs one lookup of
 * its version instead of reading and folding its whole history.
 */
public final class LeadStore {
    private static final int PAGE = 500;

    /** Leads whose histories are read in one query. */
    private static final int HISTORIES = 100;

    private final Database db;
    private final EventCodec codec = new EventCodec();
    private final LogRows rows = new LogRows(codec);
    private final ProjectionRows projections = new ProjectionRows();
    private final StateCache cache = new StateCache();
    /** How long {@link #loadToDecide} checks versions after a conflict. */
    static final int CHECK_AFTER_CONFLICT_SECONDS = 60;
    /** When an append last met another writer (System.nanoTime), long ago at first. */
    private volatile long lastConflict = System.nanoTime() - CHECK_AFTER_CONFLICT_SECONDS * 2_000_000_000L;
    private final FactRows facts = new FactRows();
    private final List<Consumer<List<LeadFacts>>> factListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Metrics metrics;
    private final List<AppendListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Told of every append inside its transaction (and savepoint), with the states the events lead to:
     * what a listener writes commits or rolls back with the events (the SLA clocks use this). Only of
     * the leads whose appended events include one it {@linkplain #concerns is concerned with}.
     */
    public interface AppendListener {
        void appended(org.jdbi.v3.core.Handle h, List<LeadState> states);

        /** Whether an append of this event can change what the listener writes; a lead's first append always does. */
        default boolean concerns(LeadEvent event) {
            return true;
        }
    }
    private final List<AppendHook> hooks = new CopyOnWriteArrayList<>();

    public LeadStore(Database db) {
        this(db, Metrics.NONE);
    }

    /** A store that reports every event it appends to {@code metrics}. */
    public LeadStore(Database db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    public void onAppend(AppendListener listener) {
        listeners.add(listener);
    }

    /**
     * An event to append, with the id its sender gave it (null when none) for de-duplication, and its
     * payload as the log stores it when already written ({@link #encoded}; null: written on append).
     */
    public record NewEvent(LeadEvent event, String eventId, String payload) {
        public NewEvent(LeadEvent event, String eventId) {
            this(event, eventId, null);
        }

        public static NewEvent of(LeadEvent event) {
            return new NewEvent(event, null);
        }
    }

    /**
     * The event with its payload written now: a caller that knows an event before it takes the lead's
     * lock (an ingest's activities) writes it outside, so the append does less while others wait.
     */
    public NewEvent encoded(LeadEvent event, String eventId) {
        return new NewEvent(event, eventId, codec.write(event));
    }

    /** Events decided on version {@code expectedVersion} of a lead, and the state they lead to. */
    public record Append(LeadState after, int expectedVersion, List<NewEvent> events) {
        public Append {
            events = List.copyOf(events);
            if (after.history().size() != expectedVersion + events.size()) {
                throw new IllegalArgumentException("the state after holds " + after.history().size()
                        + " events, not " + expectedVersion + " + " + events.size());
            }
        }
    }

    /**
     * Work that must commit or roll back with the events it follows, e.g. the notification outbox: it runs
     * on the append's handle, inside its transaction, after the events and projections are written. When
     * it throws, the append fails whole. It may register {@link Handle#afterCommit} work.
     */
    public interface AppendHook {
        void appended(Handle h, List<Append> appends, Instant recordedAt);
    }

    /** Runs {@code hook} in every later append's transaction. */
    public void onAppend(AppendHook hook) {
        hooks.add(hook);
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
        appendAll(List.of(new Append(after, expectedVersion, events)), recordedAt, recordedBy);
        return expectedVersion + events.size();
    }

    /**
     * Appends to several leads (each at most once) in one transaction: all of it or nothing. Rows are
     * written in the order of the lead ids, so concurrent appends never wait on each other in a cycle.
     *
     * @throws ConcurrentAppendException when any lead is no longer at its expected version
     * @throws DuplicateEventException   when an event id is already in the log
     */
    public void appendAll(List<Append> appends, Instant recordedAt, String recordedBy) {
        if (appends.isEmpty()) {
            return;
        }
        List<Append> ordered = appends.stream().sorted(Comparator.comparing(a -> a.after().id())).toList();
        List<String> ids = ordered.stream().map(a -> a.after().id()).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("one append per lead: " + ids);
        }
        // Facts change only with events that bear on them; a lead's first append always writes them.
        List<FactRows.Versioned> written = ordered.stream()
                .filter(a -> a.expectedVersion() == 0
                        || a.events().stream().anyMatch(e -> LeadFacts.bearsOn(e.event())))
                .map(a -> versioned(a.after())).toList();
        try {
            db.jdbi().useHandle(handle -> {
                // Inside a larger transaction (an import's unit of rows) a failed append undoes only
                // itself, and one that succeeded may yet roll back with the unit.
                boolean own = !handle.isInTransaction();
                Database.inSavepoint(handle, h -> write(h, ordered, written, recordedAt, recordedBy));
                ordered.forEach(a -> cache.put(a.after(), own));
            });
        } catch (UnableToExecuteStatementException | StoreFailure e) {
            forget(ids);
            RuntimeException failure = translate(e, ordered);
            if (failure instanceof ConcurrentAppendException) {
                lastConflict = System.nanoTime();
            }
            throw failure;
        }
        announce(written);
        ordered.forEach(a -> a.events().forEach(e -> metrics.eventAppended(codec.typeName(e.event()))));
    }

    /**
     * The rows of an append. No version is read first: each lead's events take the versions after the
     * one decided on, and the log's unique (lead_id, lead_version) key refuses them if another writer
     * took one.
     */
    private Void write(Handle h, List<Append> ordered, List<FactRows.Versioned> facts, Instant recordedAt,
                       String recordedBy) {
        rows.insert(h, db.dialect(), ordered, recordedAt, recordedBy);
        projections.writeAfter(h, db.dialect(), ordered);
        this.facts.write(h, db.dialect(), facts);
        for (AppendListener l : listeners) {
            List<LeadState> states = ordered.stream().filter(a -> a.expectedVersion() == 0
                    || a.events().stream().anyMatch(e -> l.concerns(e.event()))).map(Append::after).toList();
            if (!states.isEmpty()) {
                l.appended(h, states);
            }
        }
        hooks.forEach(hook -> hook.appended(h, ordered, recordedAt));
        return null;
    }

    private RuntimeException translate(RuntimeException e, List<Append> appends) {
        if (e.getCause() instanceof SQLException sql) {
            if (db.dialect().violates(sql, "lead_event_event_id")) {
                List<String> ids = appends.stream().flatMap(a -> a.events().stream()).map(NewEvent::eventId)
                        .filter(id -> id != null).toList();
                Set<String> recorded = recordedAmong(ids);
                return new DuplicateEventException(ids.stream().filter(recorded::contains).findFirst().orElse("?"));
            }
            // A second writer at the same version, a new lead whose e-mail / external id another
            // writer has just taken, or a deadlock with another server: read again and decide again.
            if (db.dialect().violates(sql, "lead_event_version") || db.dialect().violates(sql, "lead_email")
                    || db.dialect().violates(sql, "lead_external_id") || db.dialect().isTransient(sql)) {
                Append first = appends.get(0);
                return appends.size() == 1 ? new ConcurrentAppendException(first.after().id(), first.expectedVersion())
                        : new ConcurrentAppendException(appends.size() + " leads from " + first.after().id());
            }
        }
        return e;
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
                .bind("offset", offset).map((rs, ctx) -> projections.read(rs)).list());
    }

    /**
     * As {@link #list(String, String, String, int, int)}, for leads owned by any of {@code owners}
     * (a manager's team); an empty collection finds nothing.
     */
    public List<LeadProjection> listOwnedBy(String stage, Collection<String> owners, String text, int limit, int offset) {
        if (owners.isEmpty()) {
            return List.of();
        }
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM lead WHERE (:stage IS NULL OR stage = :stage) "
                        + "AND owner IN (<owners>) AND (:like IS NULL OR LOWER(email) LIKE :like "
                        + "OR LOWER(attributes) LIKE :like) ORDER BY last_event_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("stage", stage).bindList("owners", List.copyOf(owners)).bind("like", like).bind("limit", limit)
                .bind("offset", offset).map((rs, ctx) -> projections.read(rs)).list());
    }

    /**
     * The ids of the leads in any of {@code stages} owned by any of {@code owners}: plain IN lists, so
     * the (stage, owner) index answers (a rep's queue reads this on every page view).
     */
    public List<String> idsIn(Collection<String> stages, Collection<String> owners) {
        if (stages.isEmpty() || owners.isEmpty()) {
            return List.of();
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM lead WHERE stage IN (<stages>) "
                        + "AND owner IN (<owners>) ORDER BY id")
                .bindList("stages", List.copyOf(stages)).bindList("owners", List.copyOf(owners))
                .mapTo(String.class).list());
    }

    /** The owners with the most leads in any of {@code stages}, most first (ties by owner), and how many. */
    public Map<String, Long> busiestOwners(Collection<String> stages, int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT owner, COUNT(*) AS leads FROM lead WHERE stage IN "
                        + "(<stages>) AND owner IS NOT NULL GROUP BY owner ORDER BY leads DESC, owner LIMIT :limit")
                .bindList("stages", List.copyOf(stages)).bind("limit", limit)
                .reduceRows(new LinkedHashMap<String, Long>(), (counts, row) -> {
                    counts.put(row.getColumn("owner", String.class), row.getColumn("leads", Long.class));
                    return counts;
                }));
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
                        .map((rs, ctx) -> projections.read(rs)).list();
                page.forEach(each);
                after = page.isEmpty() ? after : page.getLast().id();
            } while (page.size() == PAGE);
        }));
    }

    /** Whether the log holds any event of this lead. */
    public boolean exists(String leadId) {
        return !existing(List.of(leadId)).isEmpty();
    }

    /** The lead whose log holds this event id, if any does. */
    public Optional<String> leadOfEvent(String eventId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT lead_id FROM lead_event WHERE event_id = :id")
                .bind("id", eventId).mapTo(String.class).findOne());
    }

    /**
     * Rewrites a lead's events through {@code scrub} and everything derived from them, in one
     * transaction: the projection, the visitor activity that joined the lead, and stored API answers
     * that mention it; the cached state is forgotten. The only change ever made to the log, and only
     * for erasure.
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
            LeadState erased = LeadState.fold(leadId, scrubbed);
            projections.write(h, db.dialect(), List.of(LeadProjection.of(erased)));
            facts.write(h, db.dialect(), List.of(versioned(erased)));
            cache.put(erased, false);
        });
        announce(List.of(versioned(LeadState.fold(leadId, history(leadId)))));
    }

    /** Every event of a lead, in the order they were appended. */
    public List<LeadEvent> history(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT payload FROM lead_event WHERE lead_id = :id ORDER BY lead_version")
                .bind("id", leadId).mapTo(String.class).map(codec::read).list());
    }

    /** The lead as its log makes it, or empty for an unknown lead. */
    public Optional<LeadState> load(String leadId) {
        return Optional.ofNullable(loadAll(List.of(leadId)).get(leadId));
    }

    /** These leads as their logs make them; unknown leads are left out. */
    public Map<String, LeadState> loadAll(Collection<String> leadIds) {
        return db.jdbi().withHandle(h -> {
            Map<String, LeadState> states = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            LogRows.versions(h, leadIds).forEach((id, version) -> cache.at(id, version)
                    .ifPresentOrElse(s -> states.put(id, s), () -> unknown.add(id)));
            for (List<String> chunk : LogRows.chunks(unknown, HISTORIES)) {
                Map<String, List<LeadEvent>> events = new LinkedHashMap<>();
                h.createQuery("SELECT lead_id, payload FROM lead_event WHERE lead_id IN (<ids>) "
                                + "ORDER BY lead_id, lead_version").bindList("ids", chunk)
                        .map((rs, ctx) -> Map.entry(rs.getString(1), codec.read(rs.getString(2))))
                        .forEach(e -> events.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                events.forEach((id, history) -> {
                    LeadState state = LeadState.fold(id, history);
                    cache.put(state, !h.isInTransaction()); // inside one, the rows read may yet roll back
                    states.put(id, state);
                });
            }
            return states;
        });
    }

    /**
     * Those of these leads that have any events. A lead this process has a state of has events (the
     * log only grows), so only the others are looked up.
     */
    public Set<String> existing(Collection<String> leadIds) {
        Set<String> known = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : leadIds) {
            if (cache.latest(id).isPresent()) {
                known.add(id);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            known.addAll(db.jdbi().withHandle(h -> LogRows.versions(h, unknown).keySet()));
        }
        return known;
    }

    /**
     * These leads as this process last saw them, to decide on: without asking the database whether
     * another writer appended since. An append decided on such a state fails with
     * {@link ConcurrentAppendException} if one did (the log's version key) and forgets the leads, so
     * deciding again reads them afresh. Leads not seen are read as {@link #loadAll} reads them. For a
     * while after another writer got in first ({@value #CHECK_AFTER_CONFLICT_SECONDS} s: servers sharing
     * the database, or an import beside a server), every lead is read as {@link #loadAll} reads it: one
     * version query is cheaper than deciding twice.
     */
    public Map<String, LeadState> loadToDecide(Collection<String> leadIds) {
        if (System.nanoTime() - lastConflict < CHECK_AFTER_CONFLICT_SECONDS * 1_000_000_000L) {
            return loadAll(leadIds);
        }
        Map<String, LeadState> states = new HashMap<>();
        List<String> unseen = new ArrayList<>();
        for (String id : leadIds) {
            cache.latest(id).ifPresentOrElse(s -> states.put(id, s), () -> unseen.add(id));
        }
        if (!unseen.isEmpty()) {
            states.putAll(loadAll(unseen));
        }
        return states;
    }

    /** Drops what this process holds of these leads: the next read of them goes to the database. */
    public void forget(Collection<String> leadIds) {
        cache.forget(leadIds);
    }

    public Optional<LeadProjection> projection(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM lead WHERE id = :id").bind("id", leadId)
                .map((rs, ctx) -> projections.read(rs)).findOne());
    }

    /** The lead with this e-mail address, whatever its case. */
    public Optional<String> leadIdByEmail(String email) {
        return Optional.ofNullable(leadIdsByEmail(List.of(email)).get(normalEmail(email)));
    }

    /** The leads with these e-mail addresses, by the address as stored: stripped and lower-case. */
    public Map<String, String> leadIdsByEmail(Collection<String> emails) {
        return idsBy("email", emails.stream().map(LeadStore::normalEmail).distinct().toList());
    }

    public static String normalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<String> leadIdByExternalId(String externalId) {
        return Optional.ofNullable(leadIdsByExternalId(List.of(externalId)).get(externalId));
    }

    public Map<String, String> leadIdsByExternalId(Collection<String> externalIds) {
        return idsBy("external_id", externalIds.stream().distinct().toList());
    }

    private Map<String, String> idsBy(String column, List<String> keys) {
        Map<String, String> ids = new HashMap<>();
        db.jdbi().useHandle(h -> {
            for (List<String> chunk : LogRows.chunks(keys, LogRows.IN_LIST)) {
                h.createQuery("SELECT " + column + ", id FROM lead WHERE " + column + " IN (<keys>)")
                        .bindList("keys", chunk).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(e -> ids.put(e.getKey(), e.getValue()));
            }
        });
        return ids;
    }

    public boolean isRecorded(String eventId) {
        return recordedAmong(List.of(eventId)).contains(eventId);
    }

    /** Those of these event ids that are in the log. */
    public Set<String> recordedAmong(Collection<String> eventIds) {
        Set<String> recorded = new HashSet<>();
        db.jdbi().useHandle(h -> {
            for (List<String> chunk : LogRows.chunks(eventIds.stream().distinct().toList(), LogRows.IN_LIST)) {
                recorded.addAll(h.createQuery("SELECT event_id FROM lead_event WHERE event_id IN (<ids>)")
                        .bindList("ids", chunk).mapTo(String.class).list());
            }
        });
        return recorded;
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
        db.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM lead");
            h.execute("DELETE FROM lead_fact");
        });
        return refold(ids, true);
    }

    /** Folds these leads' logs again and writes their projections (when asked) and facts. */
    private int refold(List<String> ids, boolean withProjections) {
        int rebuilt = 0;
        for (List<String> batch : LogRows.chunks(ids, 500)) {
            List<FactRows.Versioned> written = new ArrayList<>();
            db.jdbi().useTransaction(h -> {
                List<LeadProjection> rows = new ArrayList<>();
                for (String id : batch) {
                    List<LeadEvent> events = h.createQuery(
                                    "SELECT payload FROM lead_event WHERE lead_id = :id ORDER BY lead_version")
                            .bind("id", id).mapTo(String.class).map(codec::read).list();
                    LeadState state = LeadState.fold(id, events);
                    rows.add(LeadProjection.of(state));
                    written.add(versioned(state));
                }
                if (withProjections) {
                    projections.write(h, db.dialect(), rows);
                }
                facts.write(h, db.dialect(), written);
            });
            announce(written);
            rebuilt += batch.size();
        }
        return rebuilt;
    }

    /**
     * Writes the facts of leads that have a projection but no facts (a database from before the reports),
     * folding their logs. Returns how many were written.
     */
    public int backfillFacts() {
        List<String> missing = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM lead WHERE NOT EXISTS (SELECT 1 FROM lead_fact f WHERE f.lead_id = lead.id) ORDER BY id")
                .mapTo(String.class).list());
        return missing.isEmpty() ? 0 : refold(missing, false);
    }

    /** Every lead's report facts as stored; {@code shared} may hand back one copy of each repeated text. */
    public void forEachFacts(java.util.function.UnaryOperator<String> shared, Consumer<LeadFacts> each) {
        db.jdbi().useHandle(h -> facts.forEach(h, shared, each));
    }

    /** Called with the new facts of the leads each append (or erasure, or rebuild) changed, after it is stored. */
    public void onFacts(Consumer<List<LeadFacts>> listener) {
        factListeners.add(listener);
    }

    static FactRows.Versioned versioned(LeadState state) {
        return FactRows.Versioned.of(state);
    }

    private void announce(List<FactRows.Versioned> written) {
        if (!factListeners.isEmpty()) {
            List<LeadFacts> changed = written.stream().map(FactRows.Versioned::facts).toList();
            factListeners.forEach(l -> l.accept(changed));
        }
    }
}
