package org.leadpact.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;

/**
 * An appended {@link OwnerAssigned} that gave the lead a new owner: the rep must be told. An event that
 * assigns the owner the lead already has (a hand-off re-stating the owner) tells nobody anything new.
 *
 * @param version the lead version of the event in the log (its first event is version 1)
 */
public record Assignment(String leadId, int version, OwnerAssigned event, String previousOwner) {
    public Assignment {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(event, "event");
        if (version < 1) {
            throw new IllegalArgumentException("a lead version starts at 1, not " + version);
        }
    }

    public String rep() {
        return event.owner();
    }

    /** The assignments among {@code appended}, events added to {@code before} (numbered on from its history). */
    public static List<Assignment> among(LeadState before, List<? extends LeadEvent> appended) {
        List<Assignment> found = new ArrayList<>();
        LeadState state = before;
        for (LeadEvent event : appended) {
            String owner = state.owner();
            state = state.apply(event);
            if (event instanceof OwnerAssigned assigned && !assigned.owner().equals(owner)) {
                found.add(new Assignment(before.id(), state.history().size(), assigned, owner));
            }
        }
        return found;
    }

    /** Whether any of these events assigns an owner at all: only then is the state before worth folding. */
    public static boolean anyIn(List<? extends LeadEvent> events) {
        return events.stream().anyMatch(e -> e instanceof OwnerAssigned);
    }
}
