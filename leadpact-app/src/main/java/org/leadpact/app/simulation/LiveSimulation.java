package org.leadpact.app.simulation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;

/**
 * The demo's gentle pace: the simulated company goes on living at the speed of the real clock, through
 * the real service layer (the same calls the HTTP API makes). A new lead arrives every
 * {@code arrivalEvery}; its activities, hand-off, the rep's touches and so on happen when their time
 * comes, as do the next steps of the leads the bulk load left in progress. Reps act only in the
 * agreement's working hours, so at night mostly marketing moves. A lead someone else changed (a person
 * logging a call on the dashboard, say) is theirs from then on: its simulated story stops, so the
 * simulation never undoes or races what a person does.
 */
public final class LiveSimulation implements AutoCloseable {
    /** Who the log says recorded what the simulated marketing systems report. */
    static final String ACTOR = "simulation";
    private static final Duration TICK = Duration.ofMillis(200);

    /** @param events how many events the lead had after the simulation's last step on it (a new lead: 0) */
    private record Due(Instant at, long order, String leadId, Journey journey, Command command, int events) {
    }

    private final Simulation simulation;
    private final Leads leads;
    private final Clock clock;
    private final Duration arrivalEvery;
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at)
            .thenComparingLong(Due::order));
    private final AtomicLong arrived = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong takenOver = new AtomicLong();
    private long order;
    private long nextNumber;
    private Instant nextArrival;
    private volatile boolean running = true;
    private Thread thread;

    /** @param inFlight the stories the bulk load cut at the end of its span, to continue */
    public LiveSimulation(Simulation simulation, Leads leads, Clock clock, Duration arrivalEvery,
                          InFlight inFlight) {
        this.simulation = simulation;
        this.leads = leads;
        this.clock = clock;
        this.arrivalEvery = arrivalEvery;
        this.nextNumber = simulation.config().leads();
        this.nextArrival = clock.instant();
        inFlight.stories().forEach(c -> schedule(c.leadId(), c.journey(), c.next(), c.events()));
    }

    /** Runs {@link #step()} every fraction of a second on a thread of its own until closed. */
    public LiveSimulation start() {
        thread = Thread.ofPlatform().name("leadpact-live-simulation").daemon().start(() -> {
            while (running) {
                try {
                    step();
                    Thread.sleep(TICK);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    if (running) {
                        org.slf4j.LoggerFactory.getLogger(LiveSimulation.class).warn("live simulation step failed", e);
                    }
                }
            }
        });
        return this;
    }

    /** Lets new leads arrive and does everything due by now. */
    public void step() {
        Instant now = clock.instant();
        while (!nextArrival.isAfter(now)) {
            long number = nextNumber++;
            Dice dice = Dice.of(simulation.config().seed(), Simulation.LEADS, number);
            Journey journey = simulation.journey(number, nextArrival, dice);
            journey.next(LeadState.empty("new")).ifPresent(first -> schedule(null, journey, first, 0));
            nextArrival = nextArrival.plus(arrivalEvery);
        }
        while (running && !due.isEmpty() && !due.peek().at().isAfter(now)) {
            Due d = due.poll();
            run(d).ifPresent(state -> d.journey().next(state).ifPresent(c -> schedule(state.id(), d.journey(), c,
                    state.history().size())));
        }
    }

    /** The lead's state after the command, or empty when its story cannot go on. */
    private Optional<LeadState> run(Due d) {
        try {
            if (d.leadId() != null && leads.load(d.leadId()).history().size() != d.events()) {
                takenOver.incrementAndGet();
                return Optional.empty();
            }
            LeadState after = switch (d.command()) {
                case Command.UpdateAttributes u when d.leadId() == null -> {
                    arrived.incrementAndGet();
                    yield leads.upsert(null, u.changes(), u.at(), null, ACTOR).state();
                }
                case Command.RecordActivity r -> leads.record(new Leads.LeadRef(d.leadId(), null, null, null),
                        r.activity(), null, r.activity().actor() != null ? r.activity().actor() : ACTOR).state();
                default -> leads.act(d.leadId(), d.command(), actor(d.command()));
            };
            done.incrementAndGet();
            return Optional.ofNullable(after);
        } catch (Failure.Refused e) {
            refused.incrementAndGet();
            return d.leadId() == null ? Optional.empty() : Optional.of(leads.load(d.leadId()));
        } catch (Failure.NotFound e) {
            return Optional.empty(); // erased or never there
        }
    }

    private static String actor(Command c) {
        String actor = switch (c) {
            case Command.HandOff h -> h.actor();
            case Command.SetDisposition s -> s.actor();
            case Command.OpenOpportunity o -> o.actor();
            case Command.MoveOpportunityStage m -> m.actor();
            case Command.CloseWon w -> w.actor();
            case Command.CloseLost l -> l.actor();
            case Command.Recycle r -> r.actor();
            case Command.Disqualify d -> d.actor();
            default -> null;
        };
        return actor == null ? ACTOR : actor;
    }

    private void schedule(String leadId, Journey journey, Command command, int events) {
        due.add(new Due(command.at(), order++, leadId, journey, command, events));
    }

    /** New leads created so far. */
    public long arrived() {
        return arrived.get();
    }

    /** Commands recorded so far (each through the service layer). */
    public long recorded() {
        return done.get();
    }

    /** Commands the engine refused (none, unless something else changed the lead meanwhile). */
    public long refused() {
        return refused.get();
    }

    /** Stories stopped because someone else changed their lead. */
    public long takenOver() {
        return takenOver.get();
    }

    public String describe() {
        return String.format("live: %,d new leads, %,d commands recorded, %,d refused, %,d leads left to the people "
                + "who changed them", arrived.get(), done.get(), refused.get(), takenOver.get());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
    }
}
