package org.leadpact.handoff;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed delivery is tried again: {@code initial} after the first failure, doubling after each
 * one up to {@code max}, each wait stretched or shrunk by up to {@code jitter} (a fraction) so that
 * deliveries failing together do not all retry together. After {@code attempts} failed attempts the
 * delivery is given up (a dead letter). The random draw is an input: the shell draws it.
 */
public record Backoff(Duration initial, Duration max, double jitter, int attempts) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), 0.2, 10);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("the first wait must be positive and at most the longest (" + max + ")");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction from 0 (none) to below 1, not " + jitter);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("a delivery is attempted at least once, not " + attempts + " times");
        }
    }

    /** Whether a delivery that failed this many times is given up. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= attempts;
    }

    /**
     * The wait after the {@code failedAttempts}-th failure.
     *
     * @param draw a number from 0 (inclusive) to 1 (exclusive); 0.5 means no jitter
     */
    public Duration after(int failedAttempts, double draw) {
        if (failedAttempts < 1 || draw < 0 || draw >= 1) {
            throw new IllegalArgumentException("failed attempts from 1 and a draw in [0, 1)");
        }
        long base = initial.toMillis();
        for (int i = 1; i < failedAttempts && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        long stretched = Math.round(base * (1 + jitter * (2 * draw - 1)));
        return Duration.ofMillis(Math.max(1, stretched));
    }
}
