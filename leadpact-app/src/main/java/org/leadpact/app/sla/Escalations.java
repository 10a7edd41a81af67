package org.leadpact.app.sla;

import org.jdbi.v3.core.Handle;
import org.leadpact.sla.EscalationStep;

/**
 * Where the clocks' escalations go. Each call runs inside the transaction that records the clock's
 * transition ({@code tx}), so an implementation that writes there (an outbox, a reassignment request)
 * does so exactly once. Today {@link RecordedEscalations} writes the sla_escalation table; the
 * notification outbox and routing's reassignment plug in here.
 */
public interface Escalations {
    /** A clock reached its warning point: tell the rep (or marketing operations, for marketing's clock). */
    void warn(Handle tx, String rep, String lead, EscalationStep step);

    /** A clock breached: tell the rep and their manager (their team's in the directory; null when none). */
    void breach(Handle tx, String rep, String manager, String lead, EscalationStep step);

    /** A breached first follow-up is still untouched: hand the lead to the next rep by routing. */
    void reassign(Handle tx, String lead, EscalationStep step);

    /**
     * After a firing pass has committed: act on what earlier passes asked for and nobody did yet (a
     * reassignment recorded just before a server died is done by the next pass of any server).
     */
    default void settle() {
    }
}
