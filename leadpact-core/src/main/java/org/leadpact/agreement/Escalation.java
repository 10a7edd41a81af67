package org.leadpact.agreement;

import java.util.List;

/**
 * What happens when an SLA clock warns or breaches: who is told at the warning, who at the breach,
 * and, when {@code reassignAfter} is set, how long after a first follow-up breach the lead goes to the
 * next rep by the routing rules (and who is told then). Without {@code reassignAfter} nothing is
 * reassigned: moving a rep's lead is a step both teams must have agreed to.
 */
public record Escalation(List<Recipient> atWarning, List<Recipient> atBreach, AgreedDuration reassignAfter,
                         List<Recipient> atReassign) {
    public static final Escalation DEFAULT = new Escalation(List.of(Recipient.REP),
            List.of(Recipient.REP, Recipient.MANAGER), null, List.of(Recipient.MARKETING_OPERATIONS));

    public Escalation {
        atWarning = List.copyOf(atWarning);
        atBreach = List.copyOf(atBreach);
        atReassign = List.copyOf(atReassign);
    }
}
