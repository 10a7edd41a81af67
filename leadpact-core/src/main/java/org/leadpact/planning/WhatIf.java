package org.leadpact.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A funnel before and after changing some of its rates: what reaches each stage, what the change is
 * worth at the last stage, and the weakest step of each. Counts are exact; {@link #shown} rounds one
 * half-up to a whole number for display, and the difference is rounded from the exact counts.
 */
public record WhatIf(Funnel base, Funnel changed) {

    /** A change to make: the rate from one stage to the next. */
    public record Change(String from, String to, BigDecimal rate) {
    }

    public static WhatIf of(Funnel base, List<Change> changes) {
        Funnel changed = base;
        for (Change c : changes) {
            changed = changed.withRate(base.step(c.from(), c.to()), c.rate());
        }
        return new WhatIf(base, changed);
    }

    public BigDecimal finalDifference() {
        return changed.counts().getLast().subtract(base.counts().getLast());
    }

    public static long shown(BigDecimal count) {
        return count.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
