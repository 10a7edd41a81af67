package org.leadpact.routing;

import java.time.Instant;
import java.util.Objects;

/** A rep is out of office from {@code from} (inclusive) until {@code until} (exclusive). */
public record Away(Instant from, Instant until, String note) {
    public Away {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("an out-of-office period ends (" + until + ") after it starts (" + from
                    + ")");
        }
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
