package org.leadpact.app.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;

/**
 * One simulated lead's story, told a command at a time. The journey never decides a stage itself: it
 * plans what the person, marketing and the rep do next, the engine decides what that does to the
 * lead, and the journey reacts to the stage the engine reports (an MQL is handed off, a handed-off
 * lead is worked, an opportunity moves along the ladder, a recycled lead may come back).
 */
final class Journey {
    /** Recycled leads come back at most this many times. */
    private static final int ROUNDS = 3;

    /** What every journey of a simulation shares. */
    record World(Agreement agreement, Map<String, Rep> reps, Assignment assignment, WorkingTime work) {
    }

    private final World world;
    private final Prospect prospect;
    private final Dice dice;
    private final Deque<Command> planned = new ArrayDeque<>();
    private Stage seen = Stage.NEW;
    private Instant handedOffAt;
    private int rounds;

    Journey(World world, Prospect prospect, Instant created, Dice dice) {
        this.world = world;
        this.prospect = prospect;
        this.dice = dice;
        planned.add(new Command.UpdateAttributes(created, prospect.attributes(), provenance(prospect.source())));
        planned.addAll(MarketingPlan.first(prospect, created.plusSeconds(1), dice));
    }

    Prospect prospect() {
        return prospect;
    }

    /** The next command for a lead now in {@code state}, or empty when its story has ended. */
    Optional<Command> next(LeadState state) {
        if (state.stage() != seen) {
            seen = state.stage();
            planned.clear();
            react(state);
        }
        return Optional.ofNullable(planned.poll());
    }

    private void react(LeadState state) {
        Instant since = state.lastStageChange().orElseThrow().at();
        switch (state.stage()) {
            case MQL -> handOff(state, since);
            case HANDED_OFF -> {
                handedOffAt = since;
                planned.addAll(plan(state).afterHandOff(prospect, since));
            }
            case SAL -> planned.addAll(plan(state).afterAccepted(since, handedOffAt));
            case OPPORTUNITY -> planned.addAll(OpportunityPlan.from(since, world.agreement().opportunityStages().ladder(),
                    prospect, rep(state), world.work(), dice));
            case LOST -> {
                if (world.agreement().recycling().allows(RecycleReason.LOST) && dice.chance(0.6)) {
                    planned.add(new Command.Recycle(since.plus(Duration.ofDays(dice.between(1, 20))), RecycleReason.LOST,
                            state.owner(), "lost, back to nurture"));
                }
            }
            case NURTURE -> {
                if (rounds++ < ROUNDS && dice.chance(0.15 + 0.45 * prospect.interest())) {
                    planned.addAll(MarketingPlan.again(prospect, since.plus(Duration.ofDays(dice.between(20, 150))),
                            dice));
                }
            }
            default -> { }
        }
    }

    /** Marketing hands an MQL to a rep, mostly within the agreed hours, sometimes late. */
    private void handOff(LeadState state, Instant qualifiedAt) {
        if (state.attributes().doNotContact()) {
            return; // the engine would refuse: such a lead is never handed to sales
        }
        double x = dice.uniform();
        long seconds = x < 0.8 ? (long) dice.logNormal(900, 1.2) : x < 0.95 ? dice.between(3 * 3_600, 24 * 3_600)
                : dice.between(86_400, 4 * 86_400);
        Instant at = qualifiedAt.plusSeconds(Math.max(1, seconds));
        // Routing may have given the lead its rep when it qualified (the demo's server, whose directory holds
        // the company): then marketing hands it to that rep, and the simulation's own pick is not asked.
        Assignment.Assigned to = state.owner() != null
                ? new Assignment.Assigned(state.owner(), "handed to " + state.owner() + ", whom routing chose")
                : world.assignment().assign(state, at);
        planned.add(new Command.HandOff(at, to.rep(), LeadEngine.SYSTEM, to.why()));
    }

    private SalesPlan plan(LeadState state) {
        return new SalesPlan(world.agreement(), world.work(), dice, rep(state));
    }

    /** The owner as a simulated rep; an owner from elsewhere (another router) works like an average rep. */
    private Rep rep(LeadState state) {
        String owner = state.owner() == null ? "unassigned" : state.owner();
        Rep rep = world.reps().get(owner);
        return rep != null ? rep : new Rep(owner, owner, "unknown", 1.0, 1.0);
    }

    private static String provenance(LeadSource source) {
        return switch (source.name()) {
            case "purchased-list" -> "list-import";
            case "trade-show" -> "event-scan";
            default -> "web-form";
        };
    }
}
