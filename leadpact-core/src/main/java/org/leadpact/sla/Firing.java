package org.leadpact.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadpact.agreement.Escalation;
import org.leadpact.agreement.Recipient;

/**
 * Which of a clock's transitions are due and not yet recorded, and when the next one comes. The shell
 * keeps what it recorded ({@link Recorded}); what it records here is recorded exactly once.
 */
public final class Firing {
    private Firing() {
    }

    /** The transitions the shell has recorded for a clock so far. */
    public record Recorded(boolean warned, boolean breached, boolean reassigned) {
        public static final Recorded NOTHING = new Recorded(false, false, false);
    }

    /** Steps for the transitions the clock has reached by now that are not yet recorded, in order. */
    public static List<EscalationStep> due(Clock clock, Recorded recorded, Escalation escalation, Instant now) {
        List<EscalationStep> steps = new ArrayList<>();
        if (clock.kind().guard()) {
            return steps;
        }
        if (clock.warned() && !recorded.warned() && clock.status() != ClockStatus.MET) {
            steps.add(step(EscalationStep.Kind.WARNING, clock, warningRecipients(clock, escalation), "salesSla.warnAt",
                    clock.kind().words() + " reached its warning point at " + clock.warnAt() + "; due " + clock.dueAt()));
        }
        if (clock.status() == ClockStatus.BREACHED && !recorded.breached()) {
            steps.add(step(EscalationStep.Kind.BREACH, clock, breachRecipients(clock, escalation), clock.clause(),
                    clock.kind().words() + " breached at " + clock.dueAt()
                            + (clock.kind() == ClockKind.STALE_OPPORTUNITY ? ": flagged for recycling to marketing" : "")));
        }
        if (clock.reassignAt() != null && !now.isBefore(clock.reassignAt()) && !recorded.reassigned()) {
            steps.add(step(EscalationStep.Kind.REASSIGN, clock, escalation.atReassign(), "escalation.reassignAfter",
                    "no first touch by " + clock.reassignAt() + " (" + escalation.reassignAfter()
                            + " after the breach): the lead goes to the next rep by the routing rules"));
        }
        return steps;
    }

    /** When this clock next needs a look, given what is recorded (after recording {@code steps}); empty: never. */
    public static Optional<Instant> next(Clock clock, Recorded recorded) {
        if (clock.kind().guard()) {
            return Optional.empty();
        }
        if (clock.status().open()) {
            return Optional.of(!recorded.warned() && clock.warnAt() != null && clock.warnAt().isBefore(clock.dueAt())
                    ? clock.warnAt() : clock.dueAt());
        }
        return clock.reassignAt() != null && !recorded.reassigned() ? Optional.of(clock.reassignAt()) : Optional.empty();
    }

    /** What is recorded once these steps are. */
    public static Recorded after(Recorded recorded, List<EscalationStep> steps) {
        boolean w = recorded.warned();
        boolean b = recorded.breached();
        boolean r = recorded.reassigned();
        for (EscalationStep s : steps) {
            w |= s.kind() == EscalationStep.Kind.WARNING;
            b |= s.kind() == EscalationStep.Kind.BREACH;
            r |= s.kind() == EscalationStep.Kind.REASSIGN;
        }
        return new Recorded(w, b, r);
    }

    private static List<Recipient> warningRecipients(Clock clock, Escalation escalation) {
        return clock.kind() == ClockKind.MARKETING_DELIVERY ? List.of(Recipient.MARKETING_OPERATIONS)
                : escalation.atWarning();
    }

    private static List<Recipient> breachRecipients(Clock clock, Escalation escalation) {
        List<Recipient> to = new ArrayList<>(clock.kind() == ClockKind.MARKETING_DELIVERY
                ? List.of(Recipient.MARKETING_OPERATIONS) : escalation.atBreach());
        if (clock.kind() == ClockKind.STALE_OPPORTUNITY && !to.contains(Recipient.MARKETING_OPERATIONS)) {
            to.add(Recipient.MARKETING_OPERATIONS);
        }
        return to;
    }

    private static EscalationStep step(EscalationStep.Kind kind, Clock clock, List<Recipient> to, String clause,
                                       String what) {
        String words = what + " (" + clause + ", agreement " + clock.agreementVersion() + "); notify "
                + (to.isEmpty() ? "nobody" : to.stream().map(Recipient::code).collect(Collectors.joining(", ")));
        return new EscalationStep(kind, clock, to, clause, words);
    }
}
