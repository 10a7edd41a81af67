package org.leadpact.lifecycle;

import java.util.List;
import java.util.Optional;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Qualification;

/**
 * What a command did: the events to append and the lead's state after them (so callers need not fold
 * again), or a rejection naming the rule and the reason.
 */
public sealed interface Outcome {

    record Accepted(List<LeadEvent> events, LeadState state, Optional<Qualification> qualification)
            implements Outcome {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(String rule, String reason) implements Outcome {
    }
}
