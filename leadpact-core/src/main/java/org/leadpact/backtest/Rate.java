package org.leadpact.backtest;

/**
 * A share ({@code successes} of {@code n}) with its Wilson 95% interval, which stays inside 0..1 and
 * is honest for small n. Empty (no value) when nothing was counted.
 */
public record Rate(int successes, int n, Double value, Double low, Double high) {
    private static final double Z = 1.959964;

    public static Rate of(long successes, long n) {
        if (n == 0) {
            return new Rate(0, 0, null, null, null);
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Rate((int) successes, (int) n, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The lower end of the interval (0 when empty): what a rate can be relied on to reach. */
    public double floor() {
        return low == null ? 0 : low;
    }
}
