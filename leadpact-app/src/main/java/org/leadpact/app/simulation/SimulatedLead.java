package org.leadpact.app.simulation;

import java.util.List;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/**
 * One simulated lead: its state after its whole story, whose history is the events in log order.
 * {@code refused} counts commands the engine refused (the journeys are built so that it is 0).
 */
public record SimulatedLead(LeadState state, int refused) {
    public String leadId() {
        return state.id();
    }

    public List<LeadEvent> events() {
        return state.history();
    }
}
