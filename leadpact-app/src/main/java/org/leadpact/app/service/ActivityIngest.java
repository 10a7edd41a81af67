package org.leadpact.app.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadpact.app.service.Leads.Incoming;
import org.leadpact.app.service.Leads.NotRecorded;
import org.leadpact.app.service.Leads.Recorded;
import org.leadpact.app.service.Leads.Recording;
import org.leadpact.app.service.Leads.Result;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.DuplicateEventException;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;

/**
 * Records a request's activities together. Their leads are looked up with a few queries for all of
 * them (none for leads this process holds); an activity whose event id is in the log, or was recorded
 * earlier in the same request, is a duplicate; each lead's activities are decided in the order given,
 * one after the other on that lead's state; and what was decided for every lead is appended in one
 * transaction (a batch's perhaps with other batches', see {@link GroupCommit}), so a request's
 * activities are in the log all together or not at all. Activities of anonymous visitors are held as
 * they come.
 */
final class ActivityIngest {
    private static final int ATTEMPTS = 5;

    private final LeadStore store;
    private final VisitorInbox visitors;
    private final Agreements agreements;
    private final LeadLocks locks;
    private final Clock clock;
    private final RoutingDesk routing;
    private final GroupCommit turns = new GroupCommit();

    ActivityIngest(LeadStore store, VisitorInbox visitors, Agreements agreements, LeadLocks locks, Clock clock,
                   RoutingDesk routing) {
        this.routing = routing;
        this.store = store;
        this.visitors = visitors;
        this.agreements = agreements;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * What became of each activity, in the order given. {@code together}: the items may be appended in
     * one transaction with other requests' (see {@link GroupCommit}); only for a caller outside any
     * transaction of its own, as a request's items then commit in another thread.
     */
    List<Result> recordAll(List<Incoming> items, String actor, boolean together) {
        Result[] results = new Result[items.size()];
        String[] leadOf = resolve(items, results);
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (results[i] == null) {
                pending.add(i);
            }
        }
        if (pending.isEmpty()) {
            return Arrays.asList(results);
        }
        LeadEngine engine;
        try {
            engine = agreements.activeEngine();
        } catch (Failure.Refused noAgreement) {
            pending.forEach(i -> results[i] = new NotRecorded(noAgreement));
            return Arrays.asList(results);
        }
        // Each activity's log payload is written before the locks are taken: it needs no lead state.
        Map<Integer, LeadStore.NewEvent> encoded = new HashMap<>();
        pending.forEach(i -> encoded.put(i, store.encoded(new ActivityRecorded(items.get(i).activity()),
                items.get(i).eventId())));
        GroupCommit.Request request = new GroupCommit.Request(items, leadOf, pending, engine, actor, results, encoded);
        if (together) {
            turns.run(request, this::decideAndAppend);
        } else {
            decideAndAppend(request);
        }
        return Arrays.asList(results);
    }

    /** Decides and appends a request's pending items under their leads' locks. */
    private void decideAndAppend(GroupCommit.Request r) {
        Set<String> leads = new HashSet<>();
        r.pending().forEach(i -> leads.add(r.leadOf()[i]));
        locks.around(leads, () -> decideAndAppend(r.items(), r.leadOf(), r.pending(), r.engine(), r.actor(),
                r.results(), r.encoded()));
    }

    /**
     * The lead of each activity; an anonymous visitor's activity is held instead (its result is then
     * set), and an activity for no known lead gets its {@link Failure.NotFound} as its result.
     */
    private String[] resolve(List<Incoming> items, Result[] results) {
        String[] leadOf = new String[items.size()];
        Map<String, Optional<String>> visitorLeads = new HashMap<>();
        List<String> emails = new ArrayList<>();
        List<String> externalIds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Incoming item = items.get(i);
            Leads.LeadRef ref = item.ref();
            if (ref.visitorId() != null) {
                Optional<String> lead = visitorLeads.computeIfAbsent(ref.visitorId(), visitors::leadOf);
                if (lead.isEmpty()) {
                    boolean held = visitors.hold(ref.visitorId(), item.activity(), item.eventId(), clock.instant());
                    results[i] = new Recorded(held ? Recording.HELD_FOR_VISITOR : Recording.DUPLICATE, null, null);
                }
                leadOf[i] = lead.orElse(null);
            } else if (ref.leadId() != null) {
                leadOf[i] = ref.leadId();
            } else if (ref.email() != null) {
                emails.add(ref.email());
            } else {
                externalIds.add(ref.externalId());
            }
        }
        lookUp(items, results, leadOf, emails, externalIds);
        return leadOf;
    }

    /** Finds the leads named by id (or visitor), e-mail or external id, a query for each kind. */
    private void lookUp(List<Incoming> items, Result[] results, String[] leadOf, List<String> emails,
                        List<String> externalIds) {
        Set<String> known = store.existing(Arrays.stream(leadOf).filter(Objects::nonNull).toList());
        Map<String, String> byEmail = emails.isEmpty() ? Map.of() : store.leadIdsByEmail(emails);
        Map<String, String> byExternalId = externalIds.isEmpty() ? Map.of() : store.leadIdsByExternalId(externalIds);
        for (int i = 0; i < items.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            Leads.LeadRef ref = items.get(i).ref();
            String lead;
            String missing;
            if (leadOf[i] != null) {
                lead = known.contains(leadOf[i]) ? leadOf[i] : null;
                missing = "no lead " + leadOf[i];
            } else if (ref.email() != null) {
                lead = byEmail.get(LeadStore.normalEmail(ref.email()));
                missing = "no lead with e-mail " + ref.email().toLowerCase(Locale.ROOT);
            } else {
                lead = byExternalId.get(ref.externalId());
                missing = "no lead with external id " + ref.externalId();
            }
            leadOf[i] = lead;
            if (lead == null) {
                results[i] = new NotRecorded(new Failure.NotFound(missing));
            }
        }
    }

    /** Decides and appends; when another writer got in between, reads again and decides again. */
    private Void decideAndAppend(List<Incoming> items, String[] leadOf, List<Integer> pending, LeadEngine engine,
                                 String actor, Result[] results, Map<Integer, LeadStore.NewEvent> encoded) {
        for (int attempt = 1; ; attempt++) {
            Map<Integer, Result> decided = new HashMap<>();
            try {
                // The first attempt does not look the event ids up: the log's unique key refuses one
                // already there, and the next attempt looks them up (a retried request pays twice).
                store.appendAll(decide(items, leadOf, pending, engine, decided, attempt > 1, encoded), clock.instant(),
                        actor);
                decided.forEach((i, result) -> results[i] = result);
                return null;
            } catch (ConcurrentAppendException | DuplicateEventException e) {
                routing.forget(java.util.Arrays.stream(leadOf).filter(Objects::nonNull).toList());
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** One lead's decisions in this request: the version decided on, the events so far, the state after. */
    private static final class Draft {
        private final int version;
        private final List<LeadStore.NewEvent> events = new ArrayList<>();
        private LeadState state;

        Draft(LeadState start) {
            this.version = start.history().size();
            this.state = start;
        }
    }

    private List<LeadStore.Append> decide(List<Incoming> items, String[] leadOf, List<Integer> pending,
                                          LeadEngine engine, Map<Integer, Result> decided, boolean lookUpEventIds,
                                          Map<Integer, LeadStore.NewEvent> encoded) {
        Set<String> stored = lookUpEventIds ? store.recordedAmong(pending.stream().map(i -> items.get(i).eventId())
                .filter(Objects::nonNull).toList()) : Set.of();
        Map<String, LeadState> states = store.loadToDecide(pending.stream().filter(i -> items.get(i).eventId() == null
                || !stored.contains(items.get(i).eventId())).map(i -> leadOf[i]).distinct().toList());
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<String> recordedHere = new HashSet<>();
        for (int i : pending) {
            String eventId = items.get(i).eventId();
            if (eventId != null && (stored.contains(eventId) || recordedHere.contains(eventId))) {
                decided.put(i, new Recorded(Recording.DUPLICATE, leadOf[i], null));
                continue;
            }
            LeadState start = states.get(leadOf[i]);
            if (start == null) {
                decided.put(i, new NotRecorded(new Failure.NotFound("no lead " + leadOf[i])));
                continue;
            }
            Draft draft = drafts.computeIfAbsent(leadOf[i], lead -> new Draft(start));
            Outcome outcome = engine.handle(draft.state, new Command.RecordActivity(items.get(i).activity()));
            if (outcome instanceof Outcome.Rejected rejected) {
                decided.put(i, new NotRecorded(new Failure.Refused(rejected.rule(), rejected.reason())));
                continue;
            }
            Outcome.Accepted accepted = routing.routed(engine, (Outcome.Accepted) outcome);
            List<LeadEvent> events = accepted.events();
            LeadStore.NewEvent recorded = encoded.get(i);
            for (int e = 0; e < events.size(); e++) {
                draft.events.add(e == 0 && events.get(0).equals(recorded.event()) ? recorded
                        : new LeadStore.NewEvent(events.get(e), e == 0 ? eventId : null));
            }
            draft.state = accepted.state();
            if (eventId != null) {
                recordedHere.add(eventId);
            }
            decided.put(i, new Recorded(Recording.RECORDED, leadOf[i], accepted.state()));
        }
        return drafts.values().stream().filter(d -> !d.events.isEmpty())
                .map(d -> new LeadStore.Append(d.state, d.version, d.events)).toList();
    }
}
