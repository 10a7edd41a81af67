package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One promise running on one lead, as it stands at an instant. {@code cycle} counts the clock's
 * starts on this lead (a lead handed off again after a recycle gets new clocks). {@code used} and
 * {@code paused} are measured like the budget (business time for a business duration); {@code targetAt}
 * is set only for the first follow-up (its target, short of the maximum that breaches).
 *
 * @param reassignAt when a breached first follow-up, still untouched, goes to the next rep (null: never)
 */
public record Clock(String leadId, ClockKind kind, int cycle, String owner, ClockStatus status, Instant startedAt,
                    Instant targetAt, Instant warnAt, Instant dueAt, Instant stoppedAt, Instant reassignAt,
                    Duration budget, boolean business, Duration used, Duration paused, List<Pause> pauses,
                    boolean warned, String agreementVersion, String clause, String explanation) {
    public Clock {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        pauses = List.copyOf(pauses);
    }

    /** Stable across recomputation: the lead, the promise and which start of it. */
    public String id() {
        return leadId + "/" + kind.code() + "/" + cycle;
    }

    Clock explained(String words) {
        return new Clock(leadId, kind, cycle, owner, status, startedAt, targetAt, warnAt, dueAt, stoppedAt, reassignAt,
                budget, business, used, paused, pauses, warned, agreementVersion, clause, words);
    }

    /** Whether the target (first follow-up) was met: stopped by then. */
    public boolean withinTarget() {
        return targetAt != null && stoppedAt != null && !stoppedAt.isAfter(targetAt);
    }
}
