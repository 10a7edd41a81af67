package org.leadpact.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.leadpact.lifecycle.Command;

/**
 * One row of the X Education data as a LeadPact lead: its id (the Prospect ID), the commands that
 * replay its history in time order, and whether it converted. The outcome is kept beside the lead,
 * never among its attributes, so no rule can read it.
 */
public record XEducationLead(String id, long leadNumber, List<Command> commands, boolean converted) {

    /** How long after its last event a lead is scored: a counsellor looking at it the same morning. */
    public static final Duration REVIEW_DELAY = Duration.ofHours(1);

    public XEducationLead {
        Objects.requireNonNull(id, "id");
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("a lead has at least the command that captures it");
        }
    }

    /** Commands in the replay: the capture of the attributes plus every activity. */
    public int eventCount() {
        return commands.size();
    }

    public Instant lastEventAt() {
        return commands.getLast().at();
    }

    /**
     * The instant the lead is scored at. Each lead gets its own, a fixed delay after its last event,
     * because the data has no dates: one instant for all leads would age a lead's engagement by
     * nothing but where its made-up timeline happened to fall.
     */
    public Instant reviewAt() {
        return lastEventAt().plus(REVIEW_DELAY);
    }
}
