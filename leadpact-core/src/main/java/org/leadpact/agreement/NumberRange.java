package org.leadpact.agreement;

/** An inclusive range with either end open (null): employees 100+, revenue 10M to 500M. */
public record NumberRange(Double min, Double max) {
    public NumberRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a range needs a min, a max, or both");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + fmt(min) + " is above max " + fmt(max));
        }
    }

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    @Override
    public String toString() {
        if (max == null) {
            return fmt(min) + " or more";
        }
        if (min == null) {
            return "at most " + fmt(max);
        }
        return fmt(min) + " to " + fmt(max);
    }
}
