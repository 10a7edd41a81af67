package org.leadpact.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A lead's score at an instant under one agreement version: the total, its band, and every
 * contribution. The contributions' {@code points} add up to {@code total} exactly.
 */
public record Score(Points total, String band, int threshold, String agreementVersion, Instant at,
                    List<ScoreContribution> contributions) {
    public Score {
        contributions = List.copyOf(contributions);
    }

    public boolean reachesThreshold() {
        return total.atLeast(threshold);
    }

    public Optional<String> bandIfAny() {
        return Optional.ofNullable(band);
    }

    /** The contributions that gave points, largest first: why the lead scored what it did. */
    public List<ScoreContribution> topReasons(int limit) {
        return contributions.stream()
                .filter(c -> c.points().hundredths() > 0)
                .sorted((a, b) -> Long.compare(b.points().hundredths(), a.points().hundredths()))
                .limit(limit)
                .toList();
    }
}
