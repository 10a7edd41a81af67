package org.leadpact.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rep carries: when they received their recent new leads (the last eight days, enough for daily
 * and weekly caps in any time zone) and how many open leads they own (MQL, handed off, sales-accepted).
 */
public record RepLoad(List<Instant> recent, int open) {
    public static final RepLoad NONE = new RepLoad(List.of(), 0);
    static final Duration KEPT = Duration.ofDays(8);

    public RepLoad {
        recent = List.copyOf(recent);
        if (open < 0) {
            throw new IllegalArgumentException("open leads cannot be negative");
        }
    }

    /** A new lead at {@code at}; {@code open} when it is an open lead. */
    RepLoad assigned(Instant at, boolean opens) {
        Instant oldest = at.minus(KEPT);
        List<Instant> kept = new ArrayList<>(recent.size() + 1);
        int i = 0;
        while (i < recent.size() && recent.get(i).isBefore(oldest)) {
            i++;
        }
        for (; i < recent.size() && !recent.get(i).isAfter(at); i++) {
            kept.add(recent.get(i));
        }
        kept.add(at);
        kept.addAll(recent.subList(i, recent.size()));
        return new RepLoad(kept, open + (opens ? 1 : 0));
    }

    RepLoad released() {
        return new RepLoad(recent, Math.max(0, open - 1));
    }

    /** New leads received from {@code from} (inclusive) up to {@code until} (inclusive). */
    public int between(Instant from, Instant until) {
        int count = 0;
        for (Instant t : recent) {
            if (!t.isBefore(from) && !t.isAfter(until)) {
                count++;
            }
        }
        return count;
    }
}
