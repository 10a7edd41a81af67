package org.leadpact.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Durations collected to summarise in days: median (the middle value, or the mean of the two middle
 * ones), 90th percentile (nearest rank: the smallest value at least 90% of the values do not exceed)
 * and mean, each rounded to a tenth of a day. Empty: null.
 */
final class Sample {
    private long[] seconds = new long[16];
    private int size;

    void add(long durationSeconds) {
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, size * 2);
        }
        seconds[size++] = Math.max(0, durationSeconds);
    }

    int size() {
        return size;
    }

    Double median() {
        if (size == 0) {
            return null;
        }
        long[] sorted = sorted();
        double middle = size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2.0;
        return days(middle);
    }

    Double p90() {
        if (size == 0) {
            return null;
        }
        int rank = (int) Math.ceil(0.9 * size);
        return days(sorted()[rank - 1]);
    }

    Double mean() {
        if (size == 0) {
            return null;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += seconds[i];
        }
        return days(sum / size);
    }

    private long[] sorted() {
        long[] copy = Arrays.copyOf(seconds, size);
        Arrays.sort(copy);
        return copy;
    }

    static Double days(double seconds) {
        return Math.round(seconds / 86_400.0 * 10) / 10.0;
    }

    /** num ÷ den to four decimals, null when there is nothing to divide by. */
    static Double rate(long num, long den) {
        return den == 0 ? null : Math.round(num * 10_000.0 / den) / 10_000.0;
    }

    /** A value ÷ a count, to cents; null when the count is zero. */
    static BigDecimal per(BigDecimal value, long count) {
        return count == 0 ? null : value.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
