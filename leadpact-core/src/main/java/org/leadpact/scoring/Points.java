package org.leadpact.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of points, kept in hundredths so that decayed contributions add up to the total exactly
 * (no floating-point drift between the explanation and the score).
 */
public record Points(long hundredths) implements Comparable<Points> {
    public static final Points ZERO = new Points(0);

    public static Points whole(long points) {
        return new Points(points * 100);
    }

    public Points plus(Points other) {
        return new Points(hundredths + other.hundredths);
    }

    public Points minus(Points other) {
        return new Points(hundredths - other.hundredths);
    }

    public Points negate() {
        return new Points(-hundredths);
    }

    public double value() {
        return hundredths / 100.0;
    }

    public boolean atLeast(long wholePoints) {
        return hundredths >= wholePoints * 100;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2).setScale(hundredths % 100 == 0 ? 0 : 2, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(hundredths, other.hundredths);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
