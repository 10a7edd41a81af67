package org.leadpact.app.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LogScan;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;
import org.leadpact.routing.Decision;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Router;
import org.leadpact.routing.RoutingLedger;
import org.leadpact.routing.RoutingState;

/**
 * Routes a lead in the same decision that makes it an MQL: the router's pick becomes a
 * {@link Command.Route}, whose {@code OwnerAssigned} is appended with the qualifying event. The
 * routing state is the {@link RoutingLedger} fold of the log, caught up before each decision (so
 * writes by other processes count too), plus the picks decided here but not yet in the log.
 */
public final class RoutingDesk {
    /** Log positions read again on each catch-up: appends committed out of position order are not missed. */
    static final long REREAD = 20_000;
    /** Events read per query while catching up (the first catch-up folds the whole log). */
    private static final int CHUNK = 1_000;
    private static final List<String> FOLDED = List.of("attributes-changed", "owner-assigned", "stage-changed");
    /**
     * How often the last {@link #REREAD} positions are read again, for appends committed out of position
     * order; in between, a catch-up reads only what lies beyond the last position folded. Re-reading the
     * window before every decision was a scan of 20,000 rows per qualifying lead, every decision waiting.
     */
    static final long REREAD_EVERY_NANOS = 500_000_000L;

    private final DirectoryStore directory;
    private final LogScan log;
    private final Agreements agreements;
    private final Map<String, Router> routers = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final TreeSet<Long> seen = new TreeSet<>();
    private RoutingLedger ledger;
    private long folded;
    private long rereadAt = System.nanoTime() - REREAD_EVERY_NANOS;

    /** A pick decided here whose assignment is not in the log yet. */
    private record Pending(String rep, Instant at, TeamPolicy rotation) {
    }

    /** @param directory null for a desk that never routes */
    public RoutingDesk(DirectoryStore directory, LogScan log, Agreements agreements) {
        this.directory = directory;
        this.log = log;
        this.agreements = agreements;
    }

    public static RoutingDesk off() {
        return new RoutingDesk(null, null, null);
    }

    /**
     * The decision with the lead routed when it has just become an MQL and the router found a rep;
     * otherwise the decision as it was.
     */
    public Outcome.Accepted routed(LeadEngine engine, Outcome.Accepted accepted) {
        Optional<Instant> qualifiedAt = qualifiedAt(accepted);
        // Most decisions qualify nobody: they never wait for the desk.
        return directory == null || qualifiedAt.isEmpty() ? accepted : route(engine, accepted, qualifiedAt.get());
    }

    private synchronized Outcome.Accepted route(LeadEngine engine, Outcome.Accepted accepted, Instant at) {
        Directory reps = directory.snapshot();
        if (reps.reps().isEmpty()) {
            // Nobody to route to (an import before the directory is filled): no decision, so no catch-up,
            // which was two log queries per qualified lead. The first catch-up later reads the whole log.
            return accepted;
        }
        catchUp();
        String lead = accepted.state().id();
        String band = accepted.qualification().map(q -> q.score().band()).orElse(null);
        Router router = routers.computeIfAbsent(engine.agreement().version(), v -> new Router(engine.agreement()));
        Decision d = router.decide(accepted.state(), band, reps, overlaid(), ledger, at);
        if (!(d instanceof Decision.Assign a)) {
            return accepted;
        }
        Outcome out = engine.handle(accepted.state(), new Command.Route(at, a.rep(), LeadEngine.SYSTEM,
                a.why(), a.clause()));
        if (!(out instanceof Outcome.Accepted r)) {
            return accepted;
        }
        pending.put(lead, new Pending(a.rep(), at,
                Router.rotation(engine.agreement().routing(), a.clause()).orElse(null)));
        List<LeadEvent> events = new ArrayList<>(accepted.events());
        events.addAll(r.events());
        return new Outcome.Accepted(events, r.state(), accepted.qualification());
    }

    /**
     * The rep routing gives the lead to now with {@code leaving} left out, for an SLA reassignment: the
     * agreement's rules, owner first and rotations as at qualification, the rep who let the clock run out
     * not a candidate. It takes no turn of a team's rotation (its clause is the escalation's, which the
     * ledger does not replay as a turn), so live turns and replayed turns stay equal.
     */
    public synchronized Optional<Decision.Assign> next(LeadEngine engine, LeadState lead, String leaving, Instant at) {
        if (directory == null) {
            return Optional.empty();
        }
        catchUp();
        Directory now = directory.snapshot();
        Directory without = Directory.of(now.reps().stream().map(r -> r.id().equals(leaving) ? new Rep(r.id(), r.name(),
                r.email(), false, r.team(), r.hours(), r.away(), r.webhook(), r.holidayCountry()) : r).toList(), now.teams());
        String band = engine.qualifier().assess(lead, at).score().band();
        Router router = routers.computeIfAbsent(engine.agreement().version(), v -> new Router(engine.agreement()));
        if (router.decide(lead, band, without, overlaid(), ledger, at) instanceof Decision.Assign a) {
            pending.put(lead.id(), new Pending(a.rep(), at, null));
            return Optional.of(a);
        }
        return Optional.empty();
    }

    /** These leads' decisions were never appended: their picks no longer count. */
    public synchronized void forget(Collection<String> leadIds) {
        leadIds.forEach(pending::remove);
    }

    /** The routing state folded from the log so far (caught up now) with the picks not yet appended. */
    public synchronized RoutingState state() {
        catchUp();
        return overlaid();
    }

    private RoutingState overlaid() {
        RoutingState state = ledger.state();
        for (Pending p : pending.values()) {
            state = state.assigned(p.rep(), p.at(), true);
            if (p.rotation() != null) {
                state = state.picked(p.rotation(), p.rep());
            }
        }
        return state;
    }

    private static Optional<Instant> qualifiedAt(Outcome.Accepted accepted) {
        if (accepted.state().stage() != Stage.MQL || accepted.state().owner() != null) {
            return Optional.empty();
        }
        for (LeadEvent e : accepted.events()) {
            if (e instanceof StageChanged s && s.to() == Stage.MQL) {
                return Optional.of(s.at());
            }
        }
        return Optional.empty();
    }

    private void catchUp() {
        if (ledger == null) {
            ledger = new RoutingLedger(v -> agreements.version(v).map(a -> a.routing()).orElse(Routing.NONE));
        }
        boolean reread = System.nanoTime() - rereadAt >= REREAD_EVERY_NANOS;
        List<Long> unseen = log.positionsAfter(reread ? Math.max(0, folded - REREAD) : folded, FOLDED).stream()
                .filter(p -> !seen.contains(p)).toList();
        for (int i = 0; i < unseen.size(); i += CHUNK) {
            for (LogScan.Logged e : log.at(unseen.subList(i, Math.min(unseen.size(), i + CHUNK)))) {
                seen.add(e.position());
                ledger.apply(e.leadId(), e.event());
                if (e.event() instanceof OwnerAssigned) {
                    pending.remove(e.leadId());
                }
                folded = Math.max(folded, e.position());
            }
        }
        seen.headSet(folded - REREAD).clear();
        if (reread) {
            rereadAt = System.nanoTime();
        }
    }
}
