package org.leadpact.lifecycle;

import java.util.List;
import java.util.Optional;
import org.leadpact.lead.LeadEvent;
import org.leadpact.qualification.Qualification;

/** What a command did: the events to append, or a rejection naming the rule and the reason. */
public sealed interface Outcome {

    record Accepted(List<LeadEvent> events, Optional<Qualification> qualification) implements Outcome {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected(String rule, String reason) implements Outcome {
    }
}
