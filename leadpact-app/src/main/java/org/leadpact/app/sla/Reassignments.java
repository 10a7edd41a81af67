package org.leadpact.app.sla;

import org.jdbi.v3.core.Handle;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.lead.Stage;
import org.leadpact.sla.EscalationStep;

/**
 * The escalation's reassignment, acted: once the transition is committed, a lead still handed off to
 * the rep who let its first follow-up run out goes to the next rep by the routing rules, through the
 * lead's log (an {@code OwnerAssigned} with clause {@code escalation.reassignAfter}, replayable like any
 * event; the new rep's hand-off packet follows from it). Warnings and breaches are other
 * implementations' to tell.
 */
public final class Reassignments implements Escalations {
    private final Leads leads;

    public Reassignments(Leads leads) {
        this.leads = leads;
    }

    @Override
    public void warn(Handle tx, String rep, String lead, EscalationStep step) {
    }

    @Override
    public void breach(Handle tx, String rep, String manager, String lead, EscalationStep step) {
    }

    /** After the commit: the lead's own append takes its lock and writes its clocks, which this transaction holds. */
    @Override
    public void reassign(Handle tx, String lead, EscalationStep step) {
        String from = step.clock().owner();
        if (from == null) {
            return;
        }
        tx.afterCommit(() -> {
            try {
                leads.rerouteAfterEscalation(lead, from, s -> s.stage() == Stage.HANDED_OFF, step.clause(),
                        "the SLA reassigned it from " + from + ": " + step.words());
            } catch (Failure | IllegalStateException e) {
                org.slf4j.LoggerFactory.getLogger(Reassignments.class).warn("lead {} was not reassigned after its "
                        + "escalation: {}", lead, e.getMessage());
            }
        });
    }
}
