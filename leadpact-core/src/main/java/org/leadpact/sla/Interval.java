package org.leadpact.sla;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time, start included, end excluded: e.g. a rep's absence from the directory. */
public record Interval(Instant from, Instant until) {
    public Interval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends (" + until + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
