package org.leadpact.app.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;

/**
 * The simulated company's history, lead by lead. Every event is decided by the real
 * {@link LeadEngine} under the agreement, from commands the simulation plans (see {@link Journey}),
 * so the log is exactly what the server would have written had these things been reported to it.
 *
 * <pre>{@code
 * SimulationConfig config = SimulationConfig.of(42, 1_000_000, LocalDate.of(2026, 1, 1), 12);
 * try (Stream<SimulatedLead> leads = Simulation.stream(config)) {
 *     BulkLoader.load(database, leads);             // or: leads.forEach(lead -> ... lead.events() ...)
 * }
 * }</pre>
 *
 * The stream is lazy (one lead's events in memory at a time, so a million leads stream in constant
 * memory), sequential and ordered: leads come in order of arrival, each with its whole history; the
 * hand-offs use a round-robin, so consume it in order and do not make it parallel. Same seed, size,
 * span and agreement: the same events, byte for byte. Lead ids are {@code lead-s<seed>-<number>}.
 * The agreement must be the one stored and active where the events are loaded
 * ({@link #agreementDocument()} by default: {@code simulation/agreement.yaml}, version
 * {@code sim-2025.1}, in force 2025 to 2027).
 */
public final class Simulation {
    static final long LEADS = 0x1eadL;
    private static final double[] HOURS = {0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 2.5, 5, 8, 9, 8.5, 6, 8, 8.5, 8, 6.5,
        4.5, 3, 2.5, 2, 1.5, 1, 0.5};

    private final SimulationConfig config;
    private final Agreement agreement;
    private final LeadEngine engine;
    private final Company company;
    private final Journey.World world;
    private final Prospects prospects;

    /** The company of {@code config} under the simulation agreement, with territory round-robin routing. */
    public Simulation(SimulationConfig config) {
        this(config, defaultAgreement(), null);
    }

    /** @param assignment who receives hand-offs; null for the simulation's {@link TerritoryRoundRobin} */
    public Simulation(SimulationConfig config, Agreement agreement, Assignment assignment) {
        this.config = config;
        this.agreement = agreement;
        this.engine = new LeadEngine(agreement);
        this.company = Company.of(config.seed(), config.reps());
        Assignment routing = assignment != null ? assignment : new TerritoryRoundRobin(company);
        this.world = new Journey.World(agreement, company.byId(), routing, new WorkingTime(agreement.calendar()));
        this.prospects = new Prospects(config.seed(), config.leads());
    }

    /** The leads of {@code config} under the simulation agreement (see the class comment). */
    public static Stream<SimulatedLead> stream(SimulationConfig config) {
        return new Simulation(config).stream();
    }

    public Stream<SimulatedLead> stream() {
        return LongStream.range(0, config.leads()).mapToObj(number -> lead(number, null));
    }

    /** As {@link #stream()}, keeping the stories cut at the end of the span in {@code inFlight} (the demo goes on with them). */
    public Stream<SimulatedLead> stream(InFlight inFlight) {
        return LongStream.range(0, config.leads()).mapToObj(number -> lead(number, inFlight));
    }

    public SimulationConfig config() {
        return config;
    }

    public Agreement agreement() {
        return agreement;
    }

    public Company company() {
        return company;
    }

    public static String leadId(long seed, long number) {
        return "lead-s" + seed + "-" + String.format("%07d", number);
    }

    /** Lead {@code number}'s whole story up to the end of the span; what comes after goes to {@code inFlight}. */
    private SimulatedLead lead(long number, InFlight inFlight) {
        Dice dice = Dice.of(config.seed(), LEADS, number);
        Journey journey = journey(number, arrival(number, dice), dice);
        LeadState state = LeadState.empty(leadId(config.seed(), number));
        int refused = 0;
        for (Optional<Command> next = journey.next(state); next.isPresent(); next = journey.next(state)) {
            if (next.get().at().isAfter(config.until())) {
                if (inFlight != null) {
                    inFlight.add(new Continuation(state.id(), journey, next.get(), state.history().size()));
                }
                break;
            }
            Outcome outcome = engine.handle(state, next.get());
            if (outcome instanceof Outcome.Accepted accepted) {
                state = accepted.state();
            } else {
                refused++;
            }
        }
        return new SimulatedLead(state, refused);
    }

    /** A new journey for lead {@code number} arriving at {@code created}; the live demo starts them too. */
    Journey journey(long number, Instant created, Dice dice) {
        LeadSource source = LeadSource.ALL.get(dice.weighted(LeadSource.WEIGHTS));
        return new Journey(world, prospects.make(number, source, dice), created, dice);
    }

    /**
     * When lead {@code number} arrives: leads are spread evenly over the span in order of their numbers,
     * at the hours people work in the company's time zone, fewer at weekends.
     */
    private Instant arrival(long number, Dice dice) {
        long span = config.until().getEpochSecond() - config.from().getEpochSecond();
        double share = (number + dice.uniform()) / Math.max(1, config.leads());
        ZonedDateTime day = Instant.ofEpochSecond(config.from().getEpochSecond() + (long) (span * share))
                .atZone(agreement.calendar().timeZone());
        if (day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() && dice.chance(0.6)) {
            day = day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.FRIDAY.getValue());
        }
        Instant at = day.toLocalDate().atStartOfDay(day.getZone()).plusHours(dice.weighted(HOURS))
                .plusSeconds(dice.between(0, 3_599)).toInstant();
        return at.isBefore(config.from()) ? config.from() : at.isBefore(config.until()) ? at
                : config.until().minusSeconds(1);
    }

    /** The simulation agreement's file, as shipped in the jar. */
    public static String agreementDocument() {
        try (InputStream in = Simulation.class.getResourceAsStream("/simulation/agreement.yaml")) {
            if (in == null) {
                throw new IllegalStateException("simulation/agreement.yaml is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Agreement defaultAgreement() {
        return AgreementFileReader.parse("simulation/agreement.yaml", agreementDocument()).orThrow();
    }
}
