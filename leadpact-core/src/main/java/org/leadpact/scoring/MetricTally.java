package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import org.leadpact.agreement.ScoringRule.MetricRule;

/** One metric rule over the running page views: its window's start only moves forward. */
final class MetricTally {
    private final MetricRule rule;
    private final Duration within;
    private int from;

    MetricTally(MetricRule rule) {
        this.rule = rule;
        this.within = rule.within() == null ? null : rule.within().toDuration();
    }

    /** The rule's points at {@code at}, in hundredths, exactly as {@link Scorer} counts them. */
    long points(PageViews views, Instant at) {
        if (within != null) {
            Instant start = at.minus(within);
            while (from < views.size() && views.time(from).isBefore(start)) {
                from++;
            }
        }
        long measure = views.measure(rule.metric(), from);
        if (rule.each() != null) {
            return measure == 0 ? 0 : Scorer.capped(Points.whole(measure * rule.each()), rule.cap()).hundredths();
        }
        return measure < rule.atLeast() ? 0 : rule.points() * 100L;
    }
}
