package org.leadpact.backtest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadpact.qualification.Check;
import org.leadpact.qualification.Qualification;
import org.leadpact.scoring.ScoreContribution;

/**
 * Which clause makes two agreements disagree about a lead at one instant: the first check of the
 * definition that one meets and the other does not; when that is the score, the threshold if the
 * lead's score is the same under both, else the scoring rule whose points changed most.
 */
final class Blame {
    private Blame() {
    }

    /** {@code qualifying} qualifies the lead, {@code other} does not. */
    static Change of(Change.Kind kind, String leadId, Qualification qualifying, Qualification other) {
        Map<String, Check> theirs = other.checks().stream()
                .collect(Collectors.toMap(Check::clause, Function.identity(), (a, b) -> a));
        Optional<Check> differing = other.failed().stream()
                .filter(c -> qualifying.checks().stream().anyMatch(q -> q.clause().equals(c.clause()) && q.met()))
                .findFirst();
        Check decisive = differing.orElseGet(() -> other.failed().stream().findFirst()
                .orElse(theirs.values().stream().findFirst().orElse(null)));
        String clause = decisive == null ? "scoring" : decisive.clause();
        if (decisive != null && decisive.kind() == Check.Kind.SCORE) {
            clause = scoreClause(qualifying, other);
        }
        String why = (kind == Change.Kind.ADDED ? "proposed: " : "baseline: ") + qualifying.summary()
                + (kind == Change.Kind.ADDED ? "; baseline: " : "; proposed: ")
                + (decisive == null ? other.summary() : decisive.words());
        return new Change(kind, leadId, qualifying.at(), clause, why);
    }

    private static String scoreClause(Qualification a, Qualification b) {
        if (a.score().total().equals(b.score().total())) {
            return "scoring.threshold";
        }
        Map<String, Long> pointsB = b.score().contributions().stream()
                .collect(Collectors.toMap(ScoreContribution::clause, c -> c.points().hundredths(), Long::sum));
        Map<String, Long> diff = a.score().contributions().stream()
                .collect(Collectors.toMap(ScoreContribution::clause, c -> c.points().hundredths(), Long::sum));
        pointsB.forEach((clause, p) -> diff.merge(clause, -p, Long::sum));
        return diff.entrySet().stream().filter(e -> e.getValue() != 0)
                .max((x, y) -> Long.compare(Math.abs(x.getValue()), Math.abs(y.getValue())))
                .map(Map.Entry::getKey).orElse("scoring.threshold");
    }
}
