package org.leadpact.app.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.OpportunityStage;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/**
 * An opportunity's way along the agreement's stage ladder: a move every few days or weeks (some
 * stages skipped), meetings on the way, and a win with its amount or a loss with its reason. Some
 * deals stall and stay open: the stale opportunities a report suggests recycling.
 */
final class OpportunityPlan {
    private static final String[] LOSS_REASONS = {"chose a competitor", "no budget", "no decision", "timing",
        "price", "went dark"};

    private OpportunityPlan() {
    }

    static List<Command> from(Instant opened, List<OpportunityStage> ladder, Prospect p, Rep rep, WorkingTime work,
                              Dice dice) {
        List<Command> steps = new ArrayList<>();
        double winChance = Math.min(0.8, 0.27 * Math.sqrt(p.source().quality()) * rep.skill());
        boolean won = dice.chance(winChance);
        boolean stalls = !won && dice.chance(0.12);
        // Stages between the first (set on opening) and the last ("closed", reached by the win itself).
        int last = Math.max(1, ladder.size() - 2);
        int reach = won ? last : dice.between(1, last);
        Instant t = opened;
        for (int i = 1; i <= reach && i < ladder.size(); i++) {
            if (i < reach && dice.chance(0.3)) {
                continue;
            }
            t = work.after(t.plus(Duration.ofDays(dice.between(2, 12))), dice.between(30, 480));
            if (dice.chance(0.4)) {
                steps.add(new Command.RecordActivity(new Activity(ActivityType.SALES_MEETING, t, null, "deal review",
                        null, null, null, dice.between(1_200, 3_600), "held", rep.id())));
                t = t.plusSeconds(dice.between(3_600, 7_200));
            }
            steps.add(new Command.MoveOpportunityStage(t, ladder.get(i).name(), rep.id()));
        }
        if (stalls) {
            return steps;
        }
        Instant closed = work.after(t.plus(Duration.ofDays(dice.between(3, 25))), dice.between(30, 480));
        if (won) {
            long amount = Math.round(p.dealSize() / 100) * 100;
            steps.add(new Command.CloseWon(closed, BigDecimal.valueOf(amount), rep.id()));
        } else {
            steps.add(new Command.CloseLost(closed, dice.pick(LOSS_REASONS), rep.id()));
        }
        return steps;
    }
}
