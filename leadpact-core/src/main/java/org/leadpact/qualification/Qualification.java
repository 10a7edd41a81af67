package org.leadpact.qualification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.leadpact.scoring.Score;

/**
 * The answer to "is this lead qualified at this instant, under this agreement version?", with every
 * check behind it. {@code route} says how a qualified lead qualified (fast-track, behaviour, score);
 * {@code missing} names the one thing a near-qualified lead lacks.
 *
 * <p>A value like a record (equality over all eight parts). Whether the lead is qualified is always
 * known; the explanation (score, checks, route, missing) may be worked out only when first asked for,
 * and with it, for a lead a profile gap keeps from qualifying, whether it is near-qualified: the engine
 * decides after every marketing event, and mostly nobody reads why a lead is not qualified yet.
 */
public final class Qualification {
    private final boolean qualified;
    /** Null until explained when only "not qualified" is known (see {@link #unqualifiedLater}). */
    private volatile Verdict verdict;
    private final String agreementVersion;
    private final Instant at;
    private Supplier<Qualification> explanation;
    private Explained explained;

    private record Explained(Score score, List<Check> checks, String route, String routeClause, String missing) {
    }

    public Qualification(Verdict verdict, String agreementVersion, Instant at, Score score, List<Check> checks,
                         String route, String routeClause, String missing) {
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.qualified = verdict == Verdict.QUALIFIED;
        this.agreementVersion = agreementVersion;
        this.at = at;
        this.explained = new Explained(score, List.copyOf(checks), route, routeClause, missing);
    }

    private Qualification(Verdict verdict, String agreementVersion, Instant at, Supplier<Qualification> explanation) {
        this.verdict = verdict;
        this.qualified = verdict == Verdict.QUALIFIED;
        this.agreementVersion = agreementVersion;
        this.at = at;
        this.explanation = explanation;
    }

    /** A decided verdict whose explanation is worked out when first asked for; it must give the same verdict. */
    static Qualification explainedLater(Verdict verdict, String agreementVersion, Instant at,
                                        Supplier<Qualification> explanation) {
        return new Qualification(verdict, agreementVersion, at, explanation);
    }

    /**
     * Not qualified, known without the score (a profile gap rules qualifying out): whether near-qualified
     * is worked out with the explanation, which must not say qualified.
     */
    static Qualification unqualifiedLater(String agreementVersion, Instant at, Supplier<Qualification> explanation) {
        return new Qualification(null, agreementVersion, at, explanation);
    }

    private synchronized Explained explained() {
        if (explained == null) {
            Qualification full = explanation.get();
            if (verdict == null ? full.qualified : full.verdict != verdict) {
                throw new IllegalStateException("the explanation gives " + full.verdict + ", the decision "
                        + (verdict == null ? "not qualified" : verdict));
            }
            verdict = full.verdict;
            explained = full.explained();
            explanation = null;
        }
        return explained;
    }

    public Verdict verdict() {
        Verdict known = verdict;
        if (known == null) {
            explained();
            known = verdict;
        }
        return known;
    }

    public String agreementVersion() {
        return agreementVersion;
    }

    public Instant at() {
        return at;
    }

    public Score score() {
        return explained().score();
    }

    public List<Check> checks() {
        return explained().checks();
    }

    public String route() {
        return explained().route();
    }

    public String routeClause() {
        return explained().routeClause();
    }

    public String missing() {
        return explained().missing();
    }

    public boolean qualified() {
        return qualified;
    }

    public Optional<String> missingIfAny() {
        return Optional.ofNullable(missing());
    }

    public List<Check> failed() {
        return checks().stream().filter(c -> !c.met()).toList();
    }

    /** One sentence for timelines and notifications. */
    public String summary() {
        return switch (verdict()) {
            case QUALIFIED -> "qualified by " + route();
            case NEAR_QUALIFIED -> "near-qualified: " + missing();
            case NOT_QUALIFIED -> "not qualified: " + failed().stream().map(Check::words)
                    .reduce((a, b) -> a + "; " + b).orElse("no buying intent yet");
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Qualification q && verdict() == q.verdict() && Objects.equals(agreementVersion, q.agreementVersion)
                && Objects.equals(at, q.at) && explained().equals(q.explained());
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict(), agreementVersion, at, explained());
    }

    @Override
    public String toString() {
        Explained e = explained();
        return "Qualification[verdict=" + verdict() + ", agreementVersion=" + agreementVersion + ", at=" + at
                + ", score=" + e.score() + ", checks=" + e.checks() + ", route=" + e.route() + ", routeClause="
                + e.routeClause() + ", missing=" + e.missing() + "]";
    }
}
