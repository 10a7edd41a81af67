package org.leadpact.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Qualifier;
import org.leadpact.qualification.ThresholdNeed;

/**
 * When one lead first qualifies under one agreement, for any score threshold: the first instant it
 * qualified whatever the threshold ({@code always}), and the instants its best score so far rose
 * ({@code steps}, best score in whole points, rising). With threshold T it first qualifies at the
 * earlier of {@code always} and the first step whose score is at least T; so a threshold sweep costs
 * one pass over a few steps per lead.
 */
public record QualificationCurve(Point always, List<Point> steps) {

    /**
     * One decision point: its place among the lead's decisions (log order, which is the order the
     * engine decides in), the instant, and the lead's best score so far (for steps).
     */
    public record Point(int order, Instant at, long points) {
    }

    public QualificationCurve {
        steps = List.copyOf(steps);
    }

    /** The first decision point at which the lead qualifies with this threshold, or null. */
    public Point firstQualified(long threshold) {
        Point byScore = null;
        for (Point p : steps) {
            if (p.points() >= threshold) {
                byScore = p;
                break;
            }
        }
        if (always == null || (byScore != null && byScore.order() < always.order())) {
            return byScore;
        }
        return always;
    }

    /** A range of thresholds, {@code from} to {@code to}, and where the lead first qualifies with them (null: never). */
    public interface Segment {
        void accept(long from, long to, Point first);
    }

    /** Splits the thresholds {@code min} to {@code max} into ranges that qualify the lead at the same point. */
    public void sweep(long min, long max, Segment each) {
        long from = min;
        for (Point p : steps) {
            if (from > max) {
                return;
            }
            if (p.points() < from) {
                continue;
            }
            long to = Math.min(p.points(), max);
            each.accept(from, to, always != null && always.order() < p.order() ? always : p);
            from = to + 1;
        }
        if (from <= max) {
            each.accept(from, max, always);
        }
    }

    /** Builds a lead's curve decision point by decision point; keeps the lead's state at each point while it runs. */
    static final class Tracer {
        private final Qualifier qualifier;
        private final List<Point> steps = new ArrayList<>();
        private final List<LeadState> stepStates = new ArrayList<>();
        private Point always;
        private LeadState alwaysState;
        private long best = Long.MIN_VALUE;
        private int decisions;

        Tracer(Qualifier qualifier) {
            this.qualifier = qualifier;
        }

        void decide(LeadState state, Instant at) {
            int order = decisions++;
            if (always != null) {
                return; // it qualifies from here on whatever the threshold: nothing later changes its curve
            }
            ThresholdNeed need = qualifier.thresholdNeed(state, at, best);
            switch (need.kind()) {
                case ANY_THRESHOLD -> {
                    always = new Point(order, at, 0);
                    alwaysState = state;
                }
                case AT_MOST -> {
                    if (need.points() > best) {
                        best = need.points();
                        steps.add(new Point(order, at, best));
                        stepStates.add(state);
                    }
                }
                case NO_THRESHOLD -> { }
            }
        }

        /** The lead as it stood at one of this curve's points. */
        LeadState stateAt(Point point) {
            return point == always ? alwaysState : stepStates.get(steps.indexOf(point));
        }

        QualificationCurve curve() {
            return new QualificationCurve(always, steps);
        }
    }
}
