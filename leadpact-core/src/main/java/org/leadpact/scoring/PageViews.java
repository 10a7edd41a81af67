package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A lead's counted page views in time order, with running totals, so that the web-engagement
 * measures over any recent window are differences of two totals (see {@link WebEngagement}).
 */
final class PageViews {
    private final Duration visitGap;
    private Instant[] times = new Instant[8];
    /** secondsBefore[i]: seconds on site of views 0..i-1; visitsBefore[i]: how many of them began a visit. */
    private long[] secondsBefore = new long[9];
    private int[] visitsBefore = new int[9];
    private int size;

    PageViews(Duration visitGap) {
        this.visitGap = visitGap;
    }

    void add(Instant at, int durationSeconds) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            secondsBefore = Arrays.copyOf(secondsBefore, size * 2 + 1);
            visitsBefore = Arrays.copyOf(visitsBefore, size * 2 + 1);
        }
        boolean startsVisit = size == 0 || Duration.between(times[size - 1], at).compareTo(visitGap) > 0;
        times[size] = at;
        secondsBefore[size + 1] = secondsBefore[size] + durationSeconds;
        visitsBefore[size + 1] = visitsBefore[size] + (startsVisit ? 1 : 0);
        size++;
    }

    int size() {
        return size;
    }

    Instant time(int i) {
        return times[i];
    }

    /** A measure over the views from index {@code from} on (the first of them always begins a visit there). */
    long measure(org.leadpact.agreement.ScoringRule.Metric metric, int from) {
        int views = size - from;
        int visits = views == 0 ? 0 : 1 + visitsBefore[size] - visitsBefore[from + 1];
        return switch (metric) {
            case PAGE_VIEWS -> views;
            case MINUTES_ON_SITE -> (secondsBefore[size] - secondsBefore[from]) / 60;
            case VISITS -> visits;
            case REPEAT_VISITS -> Math.max(visits - 1, 0);
        };
    }
}
