package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leadpact.agreement.ScoringRule.Metric;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/**
 * Measures of a lead's web visits from their page views: how many pages, minutes on site, visits
 * (a new visit starts when the gap since the previous page view exceeds the visit gap) and repeat visits.
 */
record WebEngagement(int pageViews, long secondsOnSite, int visits) {

    /** Page views must be given in time order. */
    static WebEngagement of(List<Activity> pageViewsInOrder, Duration visitGap) {
        int views = 0;
        long seconds = 0;
        int visits = 0;
        Instant previous = null;
        for (Activity a : pageViewsInOrder) {
            if (a.type() != ActivityType.PAGE_VIEW) {
                continue;
            }
            views++;
            seconds += a.durationSeconds();
            if (previous == null || Duration.between(previous, a.at()).compareTo(visitGap) > 0) {
                visits++;
            }
            previous = a.at();
        }
        return new WebEngagement(views, seconds, visits);
    }

    long measure(Metric metric) {
        return switch (metric) {
            case PAGE_VIEWS -> pageViews;
            case MINUTES_ON_SITE -> secondsOnSite / 60;
            case VISITS -> visits;
            case REPEAT_VISITS -> Math.max(visits - 1, 0);
        };
    }
}
