package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Band;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.agreement.ScoringRule.ActivityRule;
import org.leadpact.agreement.ScoringRule.AttributeRule;
import org.leadpact.agreement.ScoringRule.MetricRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadState;

/**
 * Applies one agreement's scoring model. Built once per agreement version (patterns compiled once),
 * then used for any number of leads; it holds no mutable state and reads no clock: the instant to
 * score at is an argument, and activities after it do not count.
 */
public final class Scorer {
    private final ScoringModel model;
    private final String version;
    private final List<Glob.Matcher> ignoredPages;
    private final List<ActivityMatcher> activityRules;
    private final Duration visitGap;

    public Scorer(Agreement agreement) {
        this.model = agreement.scoring();
        this.version = agreement.version();
        this.ignoredPages = model.ignoredPages().stream().map(Glob::matcher).toList();
        this.activityRules = model.rules().stream()
                .filter(ActivityRule.class::isInstance).map(ActivityRule.class::cast)
                .map(ActivityMatcher::new).toList();
        this.visitGap = model.visitGap().toDuration();
    }

    ScoringModel model() {
        return model;
    }

    List<ActivityMatcher> activityRules() {
        return activityRules;
    }

    Duration visitGap() {
        return visitGap;
    }

    /**
     * A running score for one lead, fed its counted activities in time order: it answers "does the
     * score reach the threshold?" without going over the whole history again (see {@link RunningScore}).
     */
    public RunningScore running() {
        return new RunningScore(this);
    }

    public Score score(LeadState lead, Instant at) {
        return score(lead.attributes(), lead.activities(), at);
    }

    public Score score(Attributes attributes, List<Activity> activities, Instant at) {
        List<Activity> counted = new ArrayList<>(activities.size());
        int ignored = 0;
        boolean inOrder = true;
        for (Activity a : activities) {
            if (a.at().isAfter(at) || a.type().isSalesTouch()) {
                continue;
            }
            if (a.type() == ActivityType.PAGE_VIEW && isIgnoredPage(a.url())) {
                ignored++;
                continue;
            }
            inOrder &= counted.isEmpty() || !a.at().isBefore(counted.get(counted.size() - 1).at());
            counted.add(a);
        }
        if (!inOrder) { // activities may arrive late; visits are measured in time order
            counted.sort(Comparator.comparing(Activity::at));
        }

        List<ScoreContribution> contributions = new ArrayList<>();
        if (ignored > 0) {
            contributions.add(new ScoreContribution("ignored-pages", "scoring.ignoredPages", ignored, Points.ZERO,
                    Points.ZERO, Points.ZERO, ignored + " page view(s) on ignored pages (" + model.ignoredPages()
                    + ") count for nothing"));
        }
        int activityIndex = 0;
        for (ScoringRule rule : model.rules()) {
            ScoreContribution c = switch (rule) {
                case AttributeRule a -> attributeContribution(a, attributes);
                case ActivityRule a -> activityRules.get(activityIndex++).contribution(counted, at);
                case MetricRule m -> metricContribution(m, counted, at);
            };
            if (c != null) {
                contributions.add(c);
            }
        }
        Points total = Points.ZERO;
        for (ScoreContribution c : contributions) {
            total = total.plus(c.points());
        }
        if (model.maximum() != null && total.compareTo(Points.whole(model.maximum())) > 0) {
            Points cut = Points.whole(model.maximum()).minus(total);
            contributions.add(new ScoreContribution("maximum", "scoring.maximum", 0, cut, cut, cut,
                    "the score is capped at " + model.maximum()));
            total = Points.whole(model.maximum());
        }
        String band = model.bandFor(total.value()).map(Band::name).orElse(null);
        return new Score(total, band, model.threshold(), version, at, contributions);
    }

    /** Whether the scorer counts this activity at all: sales touches and ignored pages count for nothing. */
    boolean counts(Activity a) {
        return !a.type().isSalesTouch() && !(a.type() == ActivityType.PAGE_VIEW && isIgnoredPage(a.url()));
    }

    private boolean isIgnoredPage(String url) {
        if (url == null) {
            return false;
        }
        for (Glob.Matcher page : ignoredPages) {
            if (page.matches(url)) {
                return true;
            }
        }
        return false;
    }

    static String clause(ScoringRule rule) {
        return "scoring.rules[" + rule.id() + "]";
    }

    private static ScoreContribution attributeContribution(AttributeRule rule, Attributes attributes) {
        if (!rule.test().passes(attributes, rule.attribute())) {
            return null;
        }
        Points p = Points.whole(rule.points());
        String value = attributes.text(rule.attribute()).orElse("");
        return new ScoreContribution(rule.id(), clause(rule), 1, p, p, p,
                rule.attribute() + " '" + value + "' " + rule.test().describe());
    }

    private ScoreContribution metricContribution(MetricRule rule, List<Activity> counted, Instant at) {
        List<Activity> window = counted;
        if (rule.within() != null) {
            Instant from = at.minus(rule.within().toDuration());
            window = counted.stream().filter(a -> !a.at().isBefore(from)).toList();
        }
        long measure = WebEngagement.of(window, visitGap).measure(rule.metric());
        String what = measure + " " + rule.metric().code().replace('-', ' ')
                + (rule.within() == null ? "" : " in the last " + rule.within());
        if (rule.each() != null) {
            if (measure == 0) {
                return null;
            }
            Points raw = Points.whole(measure * rule.each());
            Points capped = capped(raw, rule.cap());
            return new ScoreContribution(rule.id(), clause(rule), (int) measure, raw, raw, capped,
                    what + " × " + rule.each() + capNote(raw, capped, rule.cap()));
        }
        if (measure < rule.atLeast()) {
            return null;
        }
        Points p = Points.whole(rule.points());
        return new ScoreContribution(rule.id(), clause(rule), 1, p, p, p, what + " (at least " + rule.atLeast() + ")");
    }

    static Points capped(Points points, Integer cap) {
        if (cap == null) {
            return points;
        }
        long limit = cap * 100L;
        return new Points(Math.max(-limit, Math.min(limit, points.hundredths())));
    }

    static String capNote(Points before, Points after, Integer cap) {
        return before.equals(after) ? "" : ", capped at " + cap;
    }
}
