package org.leadpact.app.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What to simulate: the seed, how many leads arrive between {@code from} and {@code until} (spread
 * over the span; each lead's story is cut at {@code until}), and how many reps sell. The same
 * configuration under the same agreement always gives the same events, byte for byte.
 */
public record SimulationConfig(long seed, int leads, Instant from, Instant until, int reps) {
    public static final int DEFAULT_REPS = 250;

    public SimulationConfig {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (leads < 0) {
            throw new IllegalArgumentException("the number of leads must not be negative: " + leads);
        }
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the simulated span must end after it starts: " + from + " to " + until);
        }
        if (reps < Company.TEAMS.size()) {
            throw new IllegalArgumentException("at least " + Company.TEAMS.size() + " reps (one per team): " + reps);
        }
    }

    /** {@code months} months from midnight UTC of {@code from}, with the standard sales force. */
    public static SimulationConfig of(long seed, int leads, LocalDate from, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("simulate at least one month: " + months);
        }
        return new SimulationConfig(seed, leads, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                from.plusMonths(months).atStartOfDay(ZoneOffset.UTC).toInstant(), DEFAULT_REPS);
    }

    public SimulationConfig withReps(int newReps) {
        return new SimulationConfig(seed, leads, from, until, newReps);
    }
}
