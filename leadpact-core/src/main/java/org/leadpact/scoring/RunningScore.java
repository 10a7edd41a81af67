package org.leadpact.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.agreement.ScoringRule.AttributeRule;
import org.leadpact.agreement.ScoringRule.MetricRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;

/**
 * One lead's score kept up to date as its activities arrive, so that "does the score reach the
 * threshold now?" costs about the same after the thousandth activity as after the first. The answer
 * is always the one {@link Scorer#score} gives (a property test holds them together); the full
 * explanation is still {@link Scorer#score}'s job.
 *
 * <p>Activities must be added in time order, and the instants asked about must never go back and never
 * precede an added activity; {@link #accepts} says whether an activity can still be added. Mutable:
 * confined to one lead, used under its owner's lock.
 */
public final class RunningScore {
    private final Scorer scorer;
    private final long threshold;
    private final Long maximum;
    private final List<AttributeRule> attributeRules = new ArrayList<>();
    private final List<ActivityMatcher> matchers;
    private final RuleTally[] tallies;
    private final List<MetricTally> metrics = new ArrayList<>();
    private final PageViews pageViews;
    private Instant latestAdded;
    private Instant latestAsked;
    private Attributes attributesSeen;
    private long attributePoints;
    /** Bounds on the total in hundredths (before the maximum), set by {@link #settle}. */
    private long low;
    private long high;

    RunningScore(Scorer scorer) {
        this.scorer = scorer;
        ScoringModel model = scorer.model();
        this.threshold = model.threshold() * 100L;
        this.maximum = model.maximum() == null ? null : model.maximum() * 100L;
        for (ScoringRule rule : model.rules()) {
            switch (rule) {
                case AttributeRule a -> attributeRules.add(a);
                case MetricRule m -> metrics.add(new MetricTally(m));
                case ScoringRule.ActivityRule a -> { }
            }
        }
        this.matchers = scorer.activityRules();
        this.tallies = matchers.stream().map(RuleTally::of).toArray(RuleTally[]::new);
        this.pageViews = new PageViews(scorer.visitGap());
    }

    /** Whether {@code a} may be added now: it is not earlier than an activity already counted. */
    public boolean accepts(Activity a) {
        return !scorer.counts(a) || latestAdded == null || !a.at().isBefore(latestAdded);
    }

    /** One more activity of the lead; sales touches and ignored pages are passed over as the scorer does. */
    public void add(Activity a) {
        if (!scorer.counts(a)) {
            return;
        }
        if (!accepts(a)) {
            throw new IllegalArgumentException("activities are added in time order: " + a.at() + " < " + latestAdded);
        }
        latestAdded = a.at();
        for (int i = 0; i < tallies.length; i++) {
            if (matchers.get(i).matches(a)) {
                tallies[i].add(a.at());
            }
        }
        if (a.type() == ActivityType.PAGE_VIEW) {
            pageViews.add(a.at(), a.durationSeconds());
        }
    }

    /** Whether {@code at} may be asked about: not before an earlier question nor an added activity. */
    public boolean canAnswerAt(Instant at) {
        return (latestAsked == null || !at.isBefore(latestAsked)) && (latestAdded == null || !at.isBefore(latestAdded));
    }

    /** Whether the lead's score with these attributes, at {@code at}, reaches the threshold. */
    public boolean reachesThreshold(Attributes attributes, Instant at) {
        settle(attributes, at);
        for (int i = 0; i < tallies.length && reaches(low) != reaches(high); i++) {
            refine(i, at);
        }
        return reaches(low);
    }

    /**
     * The score in whole points (what a threshold is compared with) when it is above {@code floor};
     * otherwise some number not above {@code floor}. A threshold sweep only needs a lead's best score
     * so far, so most answers stay cheap.
     */
    public long wholePointsAbove(Attributes attributes, Instant at, long floor) {
        settle(attributes, at);
        for (int i = 0; i < tallies.length && whole(high) > floor && whole(low) != whole(high); i++) {
            refine(i, at);
        }
        return whole(high) > floor ? whole(low) : whole(high);
    }

    /** Bounds on the total at {@code at}: exact for attributes and metrics, bounded for decaying rules. */
    private void settle(Attributes attributes, Instant at) {
        if (!canAnswerAt(at)) {
            throw new IllegalArgumentException("asked about " + at + " after " + latestAsked + " / " + latestAdded);
        }
        latestAsked = at;
        long fixed = attributePoints(attributes);
        for (MetricTally m : metrics) {
            fixed += m.points(pageViews, at);
        }
        low = fixed;
        high = fixed;
        for (RuleTally t : tallies) {
            t.settle(at);
            low += t.low();
            high += t.high();
        }
    }

    /** Replaces the bounds of one rule by its exact points, where they differ. */
    private void refine(int i, Instant at) {
        RuleTally t = tallies[i];
        if (t.low() != t.high()) {
            long exact = t.exact(at);
            low += exact - t.low();
            high += exact - t.high();
        }
    }

    private long total(long points) {
        return maximum != null && points > maximum ? maximum : points;
    }

    private boolean reaches(long points) {
        return total(points) >= threshold;
    }

    private long whole(long points) {
        return Math.floorDiv(total(points), 100);
    }

    private long attributePoints(Attributes attributes) {
        if (attributes != attributesSeen) { // attributes change rarely; activities often
            long points = 0;
            for (AttributeRule rule : attributeRules) {
                if (rule.test().passes(attributes, rule.attribute())) {
                    points += rule.points() * 100L;
                }
            }
            attributesSeen = attributes;
            attributePoints = points;
        }
        return attributePoints;
    }
}
