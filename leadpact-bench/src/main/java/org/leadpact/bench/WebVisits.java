package org.leadpact.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.lead.Activity;

/**
 * Page views rebuilt from a lead's web totals, since the data keeps only the totals: the number of
 * visits, the average pages per visit and the seconds on the site. The rebuilt views give back exactly
 * those totals when LeadPact measures them: as many visits (a day apart, far beyond any visit gap),
 * pages spread evenly over the visits, and durations that add up to the seconds on the site.
 * The data has no URLs, so the page views carry none.
 */
final class WebVisits {
    /** From one visit's last page to the next visit's first. */
    static final Duration BETWEEN_VISITS = Duration.ofDays(1);

    /**
     * The longest pause between two pages of one visit: the default visit gap. A long read is still
     * counted in full as duration; only the next page's timestamp is held back so the visit stays one.
     */
    static final Duration LONGEST_PAUSE = ScoringModel.DEFAULT_VISIT_GAP.toDuration();

    private WebVisits() {
    }

    /**
     * @param visits        visits recorded (0 for none)
     * @param pagesPerVisit average pages per visit; a visit has at least one page
     * @param seconds       total seconds on the site, spread over all pages
     */
    static List<Activity> pageViews(Instant firstVisit, int visits, double pagesPerVisit, int seconds) {
        if (visits < 0 || seconds < 0 || pagesPerVisit < 0) {
            throw new IllegalArgumentException("visit totals must not be negative");
        }
        if (visits == 0) {
            return List.of();
        }
        int pages = (int) Math.max(visits, Math.round(visits * pagesPerVisit));
        List<Activity> views = new ArrayList<>(pages);
        Instant at = firstVisit;
        for (int visit = 0; visit < visits; visit++) {
            if (visit > 0) {
                at = views.getLast().at().plus(BETWEEN_VISITS);
            }
            for (int page = 0; page < share(pages, visits, visit); page++) {
                int duration = share(seconds, pages, views.size());
                views.add(Activity.pageView(at, null, duration));
                at = at.plusSeconds(Math.min(duration, LONGEST_PAUSE.toSeconds()));
            }
        }
        return views;
    }

    /** Part {@code index} of {@code total} cut into {@code parts} whole pieces that add up to it. */
    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
