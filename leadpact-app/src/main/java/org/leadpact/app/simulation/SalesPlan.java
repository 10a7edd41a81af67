package org.leadpact.app.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/**
 * What a rep does with a lead handed to them: a first follow-up (usually within minutes or hours of
 * working time, sometimes days: the SLA breaches), a cadence of calls and e-mails, and a disposition:
 * accepted, opportunity, trash, recycle (not ready) or could-not-reach after the agreed touches. A few
 * leads are never touched and marketing takes them back as stale. Waits honour the agreement's
 * minimum time before recycling, so the engine accepts every step.
 */
final class SalesPlan {
    private static final String[] TRASH_NOTES = {"student", "wrong person, no buying role", "competitor research",
        "duplicate of an existing account", "job seeker"};
    private static final String[] NOT_READY_NOTES = {"no budget until next year", "evaluating in two quarters",
        "just signed with another vendor", "project on hold"};

    private final Agreement agreement;
    private final WorkingTime work;
    private final Dice dice;
    private final Rep rep;
    private final List<Command> steps = new ArrayList<>();
    private int calls;
    private int emails;

    SalesPlan(Agreement agreement, WorkingTime work, Dice dice, Rep rep) {
        this.agreement = agreement;
        this.work = work;
        this.dice = dice;
        this.rep = rep;
    }

    /** From the hand-off at {@code handedOff} to the rep's disposition. */
    List<Command> afterHandOff(Prospect p, Instant handedOff) {
        double quality = p.source().quality() * rep.skill() * (0.5 + p.interest());
        double[] odds = {0.42 * quality, 0.10, 0.16, 0.12, 0.025 / rep.promptness()};
        int fate = dice.weighted(odds);
        if (fate == 4) {
            steps.add(new Command.Recycle(recyclable(handedOff).plus(Duration.ofDays(dice.between(10, 30))),
                    RecycleReason.STALE, "marketing-ops", "no sales activity since the hand-off"));
            return steps;
        }
        Instant t = work.after(handedOff, Math.max(1, Math.round(dice.logNormal(25 / rep.promptness(), 2.0))));
        switch (fate) {
            case 0 -> {
                t = cadence(t, dice.between(1, 3), true);
                Disposition d = dice.chance(0.15) ? Disposition.OPPORTUNITY : Disposition.ACCEPTED;
                steps.add(new Command.SetDisposition(later(t, 10, 600), d, rep.id(), null));
            }
            case 1 -> {
                t = cadence(t, dice.between(1, 2), true);
                steps.add(new Command.SetDisposition(later(t, 5, 240), Disposition.TRASH, rep.id(),
                        dice.pick(TRASH_NOTES)));
            }
            case 2 -> {
                // Calls and e-mails alternate: twice the larger of the agreed counts covers both.
                int touches = 2 * Math.max(agreement.salesSla().calls(), agreement.salesSla().emails())
                        + dice.between(0, 2);
                t = cadence(t, touches, false);
                Instant when = max(later(t, 60, 960), recyclable(handedOff));
                steps.add(new Command.SetDisposition(work.open(when), Disposition.COULD_NOT_REACH, rep.id(),
                        calls + " calls and " + emails + " e-mails, no answer"));
            }
            default -> {
                t = cadence(t, dice.between(2, 4), true);
                Instant when = max(later(t, 60, 2_400), recyclable(handedOff));
                steps.add(new Command.SetDisposition(work.open(when), Disposition.RECYCLE, rep.id(),
                        dice.pick(NOT_READY_NOTES)));
            }
        }
        return steps;
    }

    /** From sales-accepted: a meeting and an opportunity, or back to marketing, or trash. */
    List<Command> afterAccepted(Instant accepted, Instant handedOff) {
        double x = dice.uniform();
        if (x < 0.68 * Math.min(1.3, rep.skill())) {
            Instant meeting = work.after(accepted, dice.between(240, 4_800));
            steps.add(touch(ActivityType.SALES_MEETING, meeting, "held", dice.between(1_200, 3_600)));
            steps.add(new Command.OpenOpportunity(later(meeting, 30, 480), rep.id()));
        } else if (x < 0.88) {
            Instant when = max(work.after(accepted, dice.between(480, 4_800)), recyclable(handedOff));
            steps.add(new Command.SetDisposition(work.open(when), Disposition.RECYCLE, rep.id(),
                    dice.pick(NOT_READY_NOTES)));
        } else {
            steps.add(new Command.SetDisposition(work.after(accepted, dice.between(240, 4_800)), Disposition.TRASH,
                    rep.id(), "no real need after the discovery call"));
        }
        return steps;
    }

    /** Alternating calls and e-mails a working day or few apart; the last one connects when {@code reach}. */
    private Instant cadence(Instant first, int touches, boolean reach) {
        Instant t = first;
        for (int i = 0; i < touches; i++) {
            boolean last = i == touches - 1;
            if (i % 2 == 0) {
                calls++;
                boolean connected = reach && last;
                String outcome = connected ? "connected" : dice.chance(0.6) ? "voicemail" : "no-answer";
                steps.add(touch(ActivityType.SALES_CALL, t, outcome, connected ? dice.between(180, 1_800)
                        : dice.between(10, 60)));
            } else {
                emails++;
                steps.add(touch(ActivityType.SALES_EMAIL, t, reach && last ? "replied" : "sent", 0));
            }
            if (!last) {
                t = work.after(t, dice.between(240, 1_440));
            }
        }
        return t;
    }

    private Command touch(ActivityType type, Instant at, String outcome, int seconds) {
        String subject = type == ActivityType.SALES_EMAIL ? "Following up on your interest in Acme Analytics" : null;
        return new Command.RecordActivity(new Activity(type, at, null, subject, null, null, null, seconds, outcome,
                rep.id()));
    }

    /** The first moment the agreement lets sales send the lead back (a margin past the minimum). */
    private Instant recyclable(Instant handedOff) {
        Duration minimum = agreement.salesSla().minimumTimeBeforeRecycle().toDuration();
        return handedOff.plus(minimum).plus(Duration.ofHours(2));
    }

    private Instant later(Instant t, int minMinutes, int maxMinutes) {
        return work.after(t, dice.between(minMinutes, maxMinutes));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
