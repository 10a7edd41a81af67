package org.leadpact.agreement;

import java.util.List;
import java.util.Optional;

/**
 * Points for who the lead is and what they did; a threshold that makes them qualified by score;
 * an optional total cap ({@code maximum}); named bands; pages that never count (careers, jobs).
 * Web visits are split where the gap between page views exceeds {@code visitGap}.
 */
public record ScoringModel(int threshold, Integer maximum, List<Band> bands, List<ScoringRule> rules,
                           List<Glob> ignoredPages, AgreedDuration visitGap) {
    public static final AgreedDuration DEFAULT_VISIT_GAP = AgreedDuration.of(30, AgreedDuration.Unit.MINUTES);

    public ScoringModel {
        bands = List.copyOf(bands);
        rules = List.copyOf(rules);
        ignoredPages = List.copyOf(ignoredPages);
        if (visitGap == null) {
            visitGap = DEFAULT_VISIT_GAP;
        }
        if (visitGap.business()) {
            throw new IllegalArgumentException("the visit gap runs in calendar time, not business time");
        }
        if (maximum != null && maximum <= 0) {
            throw new IllegalArgumentException("the maximum score must be positive");
        }
    }

    /**
     * The most points any lead could ever get, or empty when some rule has no cap (repeatable
     * activities without a cap, and no total maximum). An upper bound: rules that exclude each
     * other are counted as if a lead could meet them all.
     */
    public Optional<Long> reachableMaximum() {
        long sum = 0;
        boolean bounded = true;
        for (ScoringRule rule : rules) {
            switch (rule) {
                case ScoringRule.AttributeRule a -> sum += Math.max(a.points(), 0);
                case ScoringRule.ActivityRule a -> {
                    if (a.points() > 0) {
                        if (a.cap() == null) {
                            bounded = false;
                        } else {
                            sum += a.cap();
                        }
                    }
                }
                case ScoringRule.MetricRule m -> sum += Math.max(m.each() != null ? m.cap() : m.points(), 0);
            }
        }
        if (maximum != null) {
            return Optional.of(bounded ? Math.min(sum, maximum) : maximum);
        }
        return bounded ? Optional.of(sum) : Optional.empty();
    }

    public Optional<Band> bandFor(double score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }
}
