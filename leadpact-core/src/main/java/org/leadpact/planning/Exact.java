package org.leadpact.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The checks and roundings the planners share, so each is said once. */
final class Exact {
    private Exact() {
    }

    static BigDecimal positive(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be more than zero" + (value == null ? "" : " (got "
                    + value.toPlainString() + ")"));
        }
        return value;
    }

    /** A conversion rate: more than zero (nothing converts through a zero rate) and at most one. */
    static BigDecimal rate(BigDecimal value, String what) {
        positive(value, what);
        if (value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " is a share between 0 and 1 (got " + value.toPlainString()
                    + "; write 10% as 0.10)");
        }
        return value;
    }

    /** The whole number at or above {@code value}: you cannot close 4.2 deals. */
    static long up(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** {@code a ÷ b} rounded up to a whole number, exactly (no binary fractions on the way). */
    static long upDivided(BigDecimal a, BigDecimal b) {
        return a.divide(b, 0, RoundingMode.CEILING).longValueExact();
    }
}
