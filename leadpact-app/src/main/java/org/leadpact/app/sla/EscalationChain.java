package org.leadpact.app.sla;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadpact.sla.EscalationStep;

/** Every escalation handed to each of several implementations in turn: recorded, told, acted. */
public record EscalationChain(List<Escalations> links) implements Escalations {
    public EscalationChain {
        links = List.copyOf(links);
    }

    @Override
    public void warn(Handle tx, String rep, String lead, EscalationStep step) {
        links.forEach(e -> e.warn(tx, rep, lead, step));
    }

    @Override
    public void breach(Handle tx, String rep, String manager, String lead, EscalationStep step) {
        links.forEach(e -> e.breach(tx, rep, manager, lead, step));
    }

    @Override
    public void reassign(Handle tx, String lead, EscalationStep step) {
        links.forEach(e -> e.reassign(tx, lead, step));
    }

    @Override
    public void settle() {
        links.forEach(Escalations::settle);
    }
}
