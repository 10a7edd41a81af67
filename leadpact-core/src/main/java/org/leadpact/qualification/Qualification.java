package org.leadpact.qualification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadpact.scoring.Score;

/**
 * The answer to "is this lead qualified at this instant, under this agreement version?", with every
 * check behind it. {@code route} says how a qualified lead qualified (fast-track, behaviour, score);
 * {@code missing} names the one thing a near-qualified lead lacks.
 */
public record Qualification(Verdict verdict, String agreementVersion, Instant at, Score score, List<Check> checks,
                            String route, String routeClause, String missing) {
    public Qualification {
        checks = List.copyOf(checks);
    }

    public boolean qualified() {
        return verdict == Verdict.QUALIFIED;
    }

    public Optional<String> missingIfAny() {
        return Optional.ofNullable(missing);
    }

    public List<Check> failed() {
        return checks.stream().filter(c -> !c.met()).toList();
    }

    /** One sentence for timelines and notifications. */
    public String summary() {
        return switch (verdict) {
            case QUALIFIED -> "qualified by " + route;
            case NEAR_QUALIFIED -> "near-qualified: " + missing;
            case NOT_QUALIFIED -> "not qualified: " + failed().stream().map(Check::words)
                    .reduce((a, b) -> a + "; " + b).orElse("no buying intent yet");
        };
    }
}
