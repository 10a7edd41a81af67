package org.leadpact.agreement;

import java.util.List;
import java.util.Set;
import org.leadpact.lead.ActivityType;

/**
 * One line of the scoring model. Every rule has an id that explanations cite, and points that
 * may be negative (students, competitors, unsubscribes).
 */
public sealed interface ScoringRule {

    String id();

    /** Points for a lead who fits: e.g. +15 for a VP title, -40 for a competitor's domain. */
    record AttributeRule(String id, String attribute, AttributeTest test, int points) implements ScoringRule {
        public AttributeRule {
            Identity.requireText(id, "rule id");
            Identity.requireText(attribute, "attribute");
        }
    }

    /**
     * Points for every matching activity, optionally only for some URLs / subjects / campaigns,
     * capped per rule, and losing value with age.
     */
    record ActivityRule(String id, Set<ActivityType> activities, Glob url, Glob subject, Glob campaign, int points,
                        Integer cap, Decay decay) implements ScoringRule {
        public ActivityRule {
            Identity.requireText(id, "rule id");
            activities = Set.copyOf(activities);
            if (activities.isEmpty()) {
                throw new IllegalArgumentException("name at least one activity");
            }
            checkCap(cap, points);
        }
    }

    /**
     * Points for an engagement measure over the lead's web visits: page views, minutes on site,
     * visits, repeat visits. Either {@code points} once the measure reaches {@code atLeast}, or
     * {@code each} point(s) per unit up to the cap. {@code within} counts only recent activity.
     */
    record MetricRule(String id, Metric metric, Integer atLeast, Integer points, Integer each, Integer cap,
                      AgreedDuration within) implements ScoringRule {
        public MetricRule {
            Identity.requireText(id, "rule id");
            if ((points == null) == (each == null)) {
                throw new IllegalArgumentException("a metric rule gives points (with atLeast) or each, not both");
            }
            if (points != null && atLeast == null) {
                throw new IllegalArgumentException("points for a metric need atLeast");
            }
            if (within != null && within.business()) {
                throw new IllegalArgumentException("a metric window runs in calendar time, not business time");
            }
            if (each != null && cap == null) {
                throw new IllegalArgumentException("points for each unit need a cap");
            }
            checkCap(cap, each != null ? each : points);
        }
    }

    enum Metric {
        PAGE_VIEWS, MINUTES_ON_SITE, VISITS, REPEAT_VISITS;

        public String code() {
            return org.leadpact.words.Codes.code(this);
        }

        public static java.util.Optional<Metric> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
        }

        public static List<String> codes() {
            return java.util.Arrays.stream(values()).map(Metric::code).toList();
        }
    }

    private static void checkCap(Integer cap, int points) {
        if (cap != null && cap <= 0) {
            throw new IllegalArgumentException("a cap is the largest number of points, positive or negative, a rule gives: use a positive number");
        }
        if (cap != null && Math.abs(points) > cap) {
            throw new IllegalArgumentException("one occurrence (" + points + ") already exceeds the cap " + cap);
        }
    }
}
