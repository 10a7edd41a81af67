package org.leadpact.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.Activity;

/**
 * Something the outside world asks of a lead: marketing systems report activity and data, reps
 * hand in dispositions and opportunity updates. Each carries the instant it happened and who did it.
 */
public sealed interface Command {
    Instant at();

    record RecordActivity(Activity activity) implements Command {
        public Instant at() {
            return activity.at();
        }
    }

    record UpdateAttributes(Instant at, Map<String, String> changes, String source) implements Command {
        public UpdateAttributes {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        }
    }

    /**
     * Activities recorded before the lead was known (an anonymous visitor who later identified), joined
     * to the lead at {@code at}. Qualification is judged once, at {@code at}, not at each old activity:
     * the data that makes the lead fit arrived only now.
     */
    record JoinActivities(Instant at, java.util.List<Activity> activities) implements Command {
        public JoinActivities {
            activities = java.util.List.copyOf(activities);
        }
    }

    /** Look at the lead again without new input (e.g. after a new agreement version is activated). */
    record Reevaluate(Instant at) implements Command {
    }

    record HandOff(Instant at, String rep, String actor, String why) implements Command {
    }

    /**
     * Routing gave the qualified lead to {@code rep}: it becomes the owner and the lead stays an MQL
     * until the hand-off is delivered. {@code clause} is the routing clause that decided
     * ({@code routing.rules[east]}, {@code routing.default}, {@code routing.ownerFirst}); {@code why} the words.
     */
    record Route(Instant at, String rep, String actor, String why, String clause) implements Command {
    }

    /**
     * A sales manager (or admin) gives the lead to another rep; {@code why} is their reason. The SLA's
     * escalation does it too, under its own clause ({@code escalation.reassignAfter}).
     */
    record Reassign(Instant at, String rep, String actor, String why, String clause) implements Command {
        public Reassign {
            clause = clause == null ? "routing.reassign" : clause;
        }

        public Reassign(Instant at, String rep, String actor, String why) {
            this(at, rep, actor, why, null);
        }
    }

    record SetDisposition(Instant at, Disposition disposition, String actor, String note) implements Command {
    }

    record OpenOpportunity(Instant at, String actor) implements Command {
    }

    record MoveOpportunityStage(Instant at, String stage, String actor) implements Command {
    }

    record CloseWon(Instant at, BigDecimal amount, String actor) implements Command {
    }

    record CloseLost(Instant at, String reason, String actor) implements Command {
    }

    record Recycle(Instant at, RecycleReason reason, String actor, String note) implements Command {
    }

    record Disqualify(Instant at, String actor, String reason) implements Command {
    }
}
