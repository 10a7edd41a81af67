package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadState;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.EscalationStep;
import org.leadpact.sla.Firing;

/**
 * Fires due SLA clocks. A pass claims due clocks in batches ({@code FOR UPDATE SKIP LOCKED}), works out
 * each one's state now, records the transitions not yet recorded and their escalations, and writes the
 * next due time, all in the batch's transaction: two servers on one database claim disjoint rows and
 * the recorded flags are read under the row lock, so nothing fires twice; a server that was down fires
 * on its first pass what came due meanwhile. After the batches, the escalations settle what they must do
 * outside the firing transaction (routing's reassignments), including what a dead server left. The timer wakes at the earliest due time, and at least
 * every {@value #IDLE_MILLIS} ms so that clocks another server wrote are seen in time.
 */
public final class ClockScheduler implements AutoCloseable {
    static final int BATCH = 500;
    static final long IDLE_MILLIS = 1000;

    private final Database db;
    private final LeadStore store;
    private final SlaContexts contexts;
    private final Escalations escalations;
    private final Clock clock;
    private final ClockRows rows;
    private final int batch;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> wake;
    private Instant wakeAt;

    public ClockScheduler(Database db, LeadStore store, SlaContexts contexts, Escalations escalations, Clock clock) {
        this(db, store, contexts, escalations, clock, BATCH);
    }

    /** With batches of {@code batch} clocks (small batches let tests make two schedulers meet). */
    ClockScheduler(Database db, LeadStore store, SlaContexts contexts, Escalations escalations, Clock clock,
                   int batch) {
        this.batch = batch;
        this.db = db;
        this.store = store;
        this.contexts = contexts;
        this.escalations = escalations;
        this.clock = clock;
        this.rows = new ClockRows(db.dialect());
    }

    /** Fires every clock due by now; returns how many clocks were looked at. */
    public int fireDue() {
        Instant now = clock.instant();
        int total = 0;
        int claimed;
        do {
            claimed = db.jdbi().inTransaction(h -> fireBatch(h, now));
            total += claimed;
        } while (claimed == batch);
        escalations.settle();
        return total;
    }

    private int fireBatch(Handle h, Instant now) {
        List<ClockRows.Claimed> claimed = rows.claim(h, now, batch);
        Optional<SlaContexts.Judged> judged = claimed.isEmpty() ? Optional.empty() : contexts.active();
        if (judged.isEmpty()) {
            return 0;
        }
        Map<String, LeadState> leads = store.loadAll(claimed.stream().map(ClockRows.Claimed::leadId).distinct().toList());
        Map<String, List<org.leadpact.sla.Clock>> byLead = new java.util.HashMap<>();
        for (ClockRows.Claimed c : claimed) {
            List<org.leadpact.sla.Clock> clocks = byLead.computeIfAbsent(c.leadId(), id -> leads.containsKey(id)
                    ? Clocks.of(leads.get(id), judged.get().agreement(), judged.get().context(), now) : List.of());
            Optional<org.leadpact.sla.Clock> clock = clocks.stream().filter(k -> k.id().equals(c.id())).findFirst();
            if (clock.isEmpty()) { // the lead was erased, or its history no longer has this clock
                rows.recordFiring(h, c.id(), c.recorded(), Optional.empty(), now);
                continue;
            }
            List<EscalationStep> steps = Firing.due(clock.get(), c.recorded(), judged.get().agreement().escalation(), now);
            String manager = judged.get().context().managerOf(clock.get().owner());
            steps.stream().filter(s -> !before(s, c.createdAt())).forEach(s -> escalate(h, s, manager));
            Firing.Recorded after = Firing.after(c.recorded(), steps);
            rows.recordFiring(h, c.id(), after, Firing.next(clock.get(), after), now);
        }
        return claimed.size();
    }

    /**
     * A transition that was already past when the clock was first stored (a lead imported with its old
     * history) is recorded without escalating: nobody can still act on it.
     */
    private static boolean before(EscalationStep step, Instant createdAt) {
        var c = step.clock();
        Instant at = switch (step.kind()) {
            case WARNING -> c.warnAt();
            case BREACH -> c.dueAt();
            case REASSIGN -> c.reassignAt();
        };
        return at.isBefore(createdAt.minusSeconds(1));
    }

    private void escalate(Handle h, EscalationStep step, String manager) {
        var c = step.clock();
        switch (step.kind()) {
            case WARNING -> escalations.warn(h, c.owner(), c.leadId(), step);
            case BREACH -> escalations.breach(h, c.owner(), manager, c.leadId(), step);
            case REASSIGN -> escalations.reassign(h, c.leadId(), step);
        }
    }

    /** Starts the timer: a first pass at once (what came due while the server was down), then as due. */
    public synchronized ClockScheduler start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leadpact-sla-clocks");
            t.setDaemon(true);
            return t;
        });
        schedule(clock.instant());
        return this;
    }

    /** A clock now falls due at {@code at}: wake then if that is sooner than planned. */
    public synchronized void nudge(Instant at) {
        if (timer != null && (wakeAt == null || at.isBefore(wakeAt))) {
            schedule(at);
        }
    }

    private synchronized void schedule(Instant at) {
        if (wake != null) {
            wake.cancel(false);
        }
        long delay = Math.max(0, Math.min(IDLE_MILLIS, Duration.between(clock.instant(), at).toMillis()));
        wakeAt = clock.instant().plusMillis(delay);
        wake = timer.schedule(this::run, delay, TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ClockScheduler.class).error("firing SLA clocks failed", e);
        }
        synchronized (this) {
            if (timer != null && !timer.isShutdown()) {
                schedule(db.jdbi().withHandle(ClockRows::earliest).orElse(clock.instant().plusMillis(IDLE_MILLIS)));
            }
        }
    }

    /** Stops firing, and waits (a few seconds at most) for a pass under way, so none runs on a closed database. */
    @Override
    public void close() {
        java.util.concurrent.ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = timer;
            timer = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
