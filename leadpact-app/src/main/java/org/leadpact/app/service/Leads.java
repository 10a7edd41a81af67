package org.leadpact.app.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.DuplicateEventException;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.lead.Activity;
import org.leadpact.lead.Erasure;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;
import org.leadpact.routing.RepQueue;

/**
 * Creating and merging leads, recording their activity (and anonymous visitors' activity until they
 * identify), and sales' actions. Every change goes through the engine of the active agreement and is
 * appended to the log; a concurrent change to the same lead makes it read and decide again.
 */
public final class Leads {
    private static final int ATTEMPTS = 5;

    private final LeadStore store;
    private final VisitorInbox visitors;
    private final Agreements agreements;
    private final AuditLog audit;
    private final Clock clock;
    private final Metrics metrics;
    private final LeadLocks locks = new LeadLocks();
    private final ActivityIngest ingest;
    private final RoutingDesk routing;

    public Leads(LeadStore store, VisitorInbox visitors, Agreements agreements, AuditLog audit, Clock clock,
                 Metrics metrics) {
        this(store, visitors, agreements, audit, clock, metrics, RoutingDesk.off());
    }

    /** Leads that are routed by {@code routing} the moment they qualify. */
    public Leads(LeadStore store, VisitorInbox visitors, Agreements agreements, AuditLog audit, Clock clock,
                 Metrics metrics, RoutingDesk routing) {
        this.routing = routing;
        this.store = store;
        this.visitors = visitors;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
        this.ingest = new ActivityIngest(store, visitors, agreements, locks, clock, routing);
    }

    /** Which lead an activity is for: exactly one of these is set. */
    public record LeadRef(String leadId, String email, String externalId, String visitorId) {
    }

    /**
     * What an upsert did: created the lead or merged into it, or nothing at all when its event id was
     * recorded before ({@code duplicate}; then {@code state} is null).
     */
    public record Upserted(String leadId, boolean created, LeadState state, boolean duplicate) {
        public Upserted(String leadId, boolean created, LeadState state) {
            this(leadId, created, state, false);
        }
    }

    public enum Recording { RECORDED, DUPLICATE, HELD_FOR_VISITOR }

    /** One activity to record: for which lead, what happened, and its sender's event id (null when none). */
    public record Incoming(LeadRef ref, Activity activity, String eventId) {
    }

    /** What became of one activity: recorded (or a duplicate, or held for a visitor), or why not. */
    public sealed interface Result permits Recorded, NotRecorded {
    }

    /** @param state the lead after this activity; null for a duplicate or a held activity */
    public record Recorded(Recording recording, String leadId, LeadState state) implements Result {
    }

    /** @param why a {@link Failure.NotFound} (no such lead) or a {@link Failure.Refused} */
    public record NotRecorded(Failure why) implements Result {
    }

    /**
     * Creates a lead, or merges into the one with the same external id or e-mail (any case): a second
     * create for the same person never makes a second lead. A visitor id joins that visitor's earlier
     * activity to the lead.
     */
    public Upserted upsert(String externalId, Map<String, String> attributes, Instant at, String visitorId,
                           String actor) {
        return upsert(externalId, attributes, at, visitorId, actor, null);
    }

    /**
     * As {@link #upsert(String, Map, Instant, String, String)}, with an id for the attribute change: when
     * the log holds that id already, nothing is recorded again (a re-run import, a redelivered create).
     */
    public Upserted upsert(String externalId, Map<String, String> attributes, Instant at, String visitorId,
                           String actor, String eventId) {
        if (eventId != null) {
            Optional<String> recordedOn = store.leadOfEvent(eventId);
            if (recordedOn.isPresent()) {
                return new Upserted(recordedOn.get(), false, null, true);
            }
        }
        Map<String, String> changes = new LinkedHashMap<>(attributes);
        if (externalId != null) {
            changes.put(LeadProjection.EXTERNAL_ID, externalId);
        }
        String email = changes.get("email");
        if (externalId == null && (email == null || email.isBlank())) {
            throw new Failure.Invalid("a lead needs an e-mail or an external id",
                    List.of(new Failure.FieldProblem("attributes.email", 0, "give an e-mail or an externalId")));
        }
        Instant when = at != null ? at : clock.instant();
        for (int attempt = 1; ; attempt++) {
            Optional<String> existing = Optional.ofNullable(externalId).flatMap(store::leadIdByExternalId)
                    .or(() -> Optional.ofNullable(email).flatMap(store::leadIdByEmail));
            String leadId = existing.orElseGet(() -> "lead-" + UUID.randomUUID());
            try {
                LeadState state = decideAndAppendOnce(leadId, s -> new Command.UpdateAttributes(when, changes, actor),
                        eventId, actor);
                if (visitorId != null) {
                    state = joinVisitor(visitorId, leadId, when, actor).orElse(state);
                }
                return new Upserted(leadId, existing.isEmpty(), state);
            } catch (ConcurrentAppendException e) {
                routing.forget(List.of(leadId));
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (DuplicateEventException e) {
                routing.forget(List.of(leadId));
                return new Upserted(store.leadOfEvent(eventId).orElse(leadId), false, null, true);
            }
        }
    }

    private Optional<LeadState> joinVisitor(String visitorId, String leadId, Instant at, String actor) {
        List<Activity> waiting = visitors.waiting(visitorId);
        LeadState state = null;
        if (!waiting.isEmpty()) {
            state = decideAndAppend(leadId, s -> new Command.JoinActivities(at, waiting), null, actor);
        }
        visitors.join(visitorId, leadId);
        return Optional.ofNullable(state);
    }

    /**
     * Records an activity for a known lead, or holds it for an anonymous visitor. How late it arrived
     * is measured here, on receipt: a held activity joined to its lead later did not arrive late.
     */
    public Recorded record(LeadRef ref, Activity activity, String eventId, String actor) {
        return switch (recordAll(List.of(new Incoming(ref, activity, eventId)), actor, false).get(0)) {
            case Recorded recorded -> recorded;
            case NotRecorded notRecorded -> throw notRecorded.why();
        };
    }

    /**
     * Records many activities together (see {@link ActivityIngest}): each gets its own result, in
     * order, and those recorded are appended in one transaction, perhaps with other requests'
     * ({@link GroupCommit}). Not for a caller inside a transaction of its own.
     */
    public List<Result> recordAll(List<Incoming> activities, String actor) {
        return recordAll(activities, actor, true);
    }

    private List<Result> recordAll(List<Incoming> activities, String actor, boolean together) {
        List<Result> results = ingest.recordAll(activities, actor, together);
        Instant now = clock.instant();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) instanceof Recorded r && r.recording() != Recording.DUPLICATE) {
                Activity a = activities.get(i).activity();
                metrics.activityArrived(a.type().code(), Duration.between(a.at(), now));
            }
        }
        return results;
    }

    /** A sales action (hand-off, disposition, opportunity update, recycle...) on a known lead. */
    public LeadState act(String leadId, Command command, String actor) {
        requireExists(leadId);
        return decideAndAppend(leadId, s -> command, null, actor);
    }

    /** A sales action with the id its first event is recorded under. */
    public record Keyed(Command command, String eventId) {
    }

    /**
     * Sales actions on a known lead, decided one after the other and appended together; an action whose
     * event id the log holds already is skipped (an imported history imported again). Returns how many
     * were recorded; a refusal of any records none.
     */
    public int actAllOnce(String leadId, List<Keyed> actions, String actor) {
        Set<String> done = store.recordedAmong(actions.stream().map(Keyed::eventId).toList());
        List<Keyed> todo = actions.stream().filter(a -> !done.contains(a.eventId())).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        requireExists(leadId);
        LeadEngine engine = agreements.activeEngine();
        for (int attempt = 1; ; attempt++) {
            try {
                locks.around(List.of(leadId), () -> decideAll(engine, leadId, todo, actor));
                return todo.size();
            } catch (ConcurrentAppendException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private LeadState decideAll(LeadEngine engine, String leadId, List<Keyed> actions, String actor) {
        LeadState state = store.load(leadId).orElseThrow();
        int version = state.history().size();
        List<LeadStore.NewEvent> events = new ArrayList<>();
        for (Keyed action : actions) {
            Outcome outcome = engine.handle(state, action.command());
            if (outcome instanceof Outcome.Rejected rejected) {
                throw new Failure.Refused(rejected.rule(), rejected.reason());
            }
            Outcome.Accepted accepted = (Outcome.Accepted) outcome;
            for (int i = 0; i < accepted.events().size(); i++) {
                events.add(new LeadStore.NewEvent(accepted.events().get(i), i == 0 ? action.eventId() : null));
            }
            state = accepted.state();
        }
        store.append(state, version, events, clock.instant(), actor);
        return state;
    }

    /**
     * A sales manager (or admin) gives the lead to another rep: an {@code OwnerAssigned} with clause
     * {@code routing.reassign} in the log (which notifications pick up), and an entry in the audit log.
     */
    public LeadState reassign(String leadId, String rep, String why, String actor) {
        String before = load(leadId).owner();
        LeadState after = act(leadId, new Command.Reassign(clock.instant(), rep, actor, why), actor);
        audit.record(clock.instant(), actor, "lead.reassign", "lead " + leadId, (before == null ? "" : "from " + before
                + " ") + "to " + rep + (why == null || why.isBlank() ? "" : ": " + why));
        return after;
    }

    /**
     * The SLA escalation's reassignment: a lead still owned by {@code from} and still as the escalation
     * found it ({@code still}, read under the lead's lock) goes to the rep routing picks next, {@code from}
     * left out, as an {@code OwnerAssigned} under the escalation's clause (notifications pick it up like
     * any assignment). Empty when the lead has moved on or routing finds nobody.
     */
    public Optional<LeadState> rerouteAfterEscalation(String leadId, String from, java.util.function.Predicate<LeadState>
            still, String clause, String why) {
        requireExists(leadId);
        Instant at = clock.instant();
        return Optional.ofNullable(decideAndAppend(leadId, s -> from.equals(s.owner()) && still.test(s)
                ? routing.next(agreements.activeEngine(), s, from, at).map(a -> (Command) new Command.Reassign(at,
                        a.rep(), LeadEngine.SYSTEM, why + "; " + a.why(), clause)).orElse(null)
                : null, null, LeadEngine.SYSTEM));
    }

    /**
     * As {@link #act}, but only if the lead, read under its lock just before deciding, still passes
     * {@code still}; otherwise nothing is recorded and the answer is empty. For the system's own follow-ups
     * (the hand-off after a delivered packet), which must not act on a lead that has moved on meanwhile.
     */
    public Optional<LeadState> actIf(String leadId, java.util.function.Predicate<LeadState> still, Command command,
                                     String actor) {
        requireExists(leadId);
        return Optional.ofNullable(decideAndAppend(leadId, s -> still.test(s) ? command : null, null, actor));
    }

    /**
     * Erases the person from a lead's history (data-protection request): personal data leaves the log,
     * the projection, the visitor inbox and stored API answers; what reports need stays.
     */
    public void erase(String leadId, String actor) {
        load(leadId);
        store.erase(leadId, Erasure::scrub);
        routing.forget(List.of(leadId));
        audit.record(clock.instant(), actor, "lead.erase", "lead " + leadId, null);
    }

    public LeadState load(String leadId) {
        return store.load(leadId).orElseThrow(() -> new Failure.NotFound("no lead " + leadId));
    }

    /** Checks that the lead is there without reading its history: deciding reads it anyway. */
    private void requireExists(String leadId) {
        if (!store.exists(leadId)) {
            throw new Failure.NotFound("no lead " + leadId);
        }
    }

    public String resolve(LeadRef ref) {
        if (ref.leadId() != null) {
            requireExists(ref.leadId());
            return ref.leadId();
        }
        if (ref.email() != null) {
            return store.leadIdByEmail(ref.email()).orElseThrow(() -> new Failure.NotFound("no lead with e-mail "
                    + ref.email().toLowerCase(Locale.ROOT)));
        }
        return store.leadIdByExternalId(ref.externalId()).orElseThrow(() -> new Failure.NotFound(
                "no lead with external id " + ref.externalId()));
    }

    public List<LeadProjection> list(String stage, String owner, String text, int limit, int offset) {
        return store.list(stage, owner, text, limit, offset);
    }

    /**
     * The rep's open leads as the dashboard's queue orders them (see {@link org.leadpact.sla.HotQueue}):
     * hottest first, each with the countdowns of its live SLA clocks in business time, judged under the
     * active agreement in the context {@code contexts} gives for it.
     */
    public List<org.leadpact.sla.HotQueue.Row> queue(String rep, Instant at,
            java.util.function.Function<org.leadpact.agreement.Agreement, org.leadpact.sla.SlaContext> contexts) {
        LeadEngine engine = agreements.activeEngine();
        return org.leadpact.sla.HotQueue.of(engine, openLeads(List.of(rep)), contexts.apply(engine.agreement()), at);
    }

    /** The reps with the most open leads, most first, with how many (for picking a queue to look at). */
    public Map<String, Long> busiestQueues(int limit) {
        return store.busiestOwners(org.leadpact.routing.RoutingLedger.OPEN.stream().map(org.leadpact.lead.Stage::code)
                .toList(), limit);
    }

    /** Whether any lead, in any stage, was ever given to {@code owner} and is still theirs. */
    public boolean ownsAny(String owner) {
        return !store.idsIn(java.util.Arrays.stream(org.leadpact.lead.Stage.values()).map(org.leadpact.lead.Stage::code)
                .toList(), List.of(owner)).isEmpty();
    }

    /** The open leads (routed MQLs, handed off, sales-accepted) of these owners. */
    public List<LeadState> openLeads(java.util.Collection<String> owners) {
        List<String> ids = store.idsIn(org.leadpact.routing.RoutingLedger.OPEN.stream()
                .map(org.leadpact.lead.Stage::code).toList(), owners);
        return List.copyOf(store.loadAll(ids).values());
    }

    /** Leads owned by any of {@code owners} (a manager's team). */
    public List<LeadProjection> listOwnedBy(String stage, java.util.Collection<String> owners, String text, int limit,
                                     int offset) {
        return store.listOwnedBy(stage, owners, text, limit, offset);
    }

    private LeadState decideAndAppend(String leadId, Function<LeadState, Command> command, String eventId,
                                      String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return decideAndAppendOnce(leadId, command, eventId, actor);
            } catch (ConcurrentAppendException e) {
                routing.forget(List.of(leadId));
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private LeadState decideAndAppendOnce(String leadId, Function<LeadState, Command> command, String eventId,
                                          String actor) {
        LeadEngine engine = agreements.activeEngine();
        // Requests for one lead queue on its lock instead of racing to the version check and retrying.
        return locks.around(List.of(leadId), () -> {
            LeadState state = store.load(leadId).orElse(LeadState.empty(leadId));
            int version = state.history().size();
            Command decided = command.apply(state);
            if (decided == null) {
                return null; // only actIf asks for nothing to be done
            }
            Outcome outcome = engine.handle(state, decided);
            if (outcome instanceof Outcome.Rejected rejected) {
                throw new Failure.Refused(rejected.rule(), rejected.reason());
            }
            Outcome.Accepted accepted = routing.routed(engine, (Outcome.Accepted) outcome);
            List<LeadStore.NewEvent> events = new ArrayList<>();
            for (LeadEvent e : accepted.events()) {
                events.add(new LeadStore.NewEvent(e, events.isEmpty() ? eventId : null));
            }
            store.append(accepted.state(), version, events, clock.instant(), actor);
            return accepted.state();
        });
    }
}
