package org.leadpact.backtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.backtest.BacktestReport.ThresholdPoint;

/**
 * The proposed agreement with its score threshold moved from 1 to {@code max}: MQLs in the period
 * and the opportunity rate of the leads sales judged, for every threshold at once (each lead adds
 * its few ranges of thresholds to difference arrays). The advice: of the thresholds that meet the
 * quota, the one whose opportunity rate is surely highest (the lower end of its 95% interval, so a
 * rate resting on a handful of leads does not win by luck); among equals the highest threshold, the
 * most selective that still meets the quota.
 */
final class ThresholdSweep {
    private final BacktestPeriod period;
    private final List<YearMonth> months;
    private final int max;
    private final long[] mqls;
    private final long[] judged;
    private final long[] converted;

    ThresholdSweep(BacktestPeriod period, int max) {
        this.period = period;
        this.months = period.months();
        this.max = max;
        this.mqls = new long[max + 2];
        this.judged = new long[max + 2];
        this.converted = new long[max + 2];
    }

    void add(LeadResult lead) {
        SalesOutcome outcome = lead.sales().outcome();
        lead.proposed().sweep(1, max, (from, to, first) -> {
            if (first == null) {
                return;
            }
            if (period.contains(first.at())) {
                range(mqls, from, to);
            }
            if (outcome.known() && first.at().isBefore(period.end())) {
                range(judged, from, to);
                if (outcome.converted()) {
                    range(converted, from, to);
                }
            }
        });
    }

    private static void range(long[] diff, long from, long to) {
        diff[(int) from]++;
        diff[(int) to + 1]--;
    }

    BacktestReport.ThresholdAdvice advice(Quota quota) {
        List<ThresholdPoint> curve = new ArrayList<>();
        long m = 0;
        long j = 0;
        long c = 0;
        Double due = quota.total();
        for (int t = 1; t <= max; t++) {
            m += mqls[t];
            j += judged[t];
            c += converted[t];
            curve.add(new ThresholdPoint(t, (int) m, (double) m / months.size(),
                    due != null && Quota.meets((int) m, due), Rate.of(c, j)));
        }
        ThresholdPoint best = null;
        for (ThresholdPoint p : curve) {
            if ((due == null || p.meetsQuota()) && p.opportunityRate().n() > 0
                    && (best == null || p.opportunityRate().floor() >= best.opportunityRate().floor())) {
                best = p;
            }
        }
        String reason = best == null ? (due == null ? "no lead sales judged was qualified at any threshold"
                : "no threshold meets the quota of " + Math.round(due) + " MQLs in the period")
                : "threshold " + best.threshold() + ": " + best.mqls() + " MQLs in the period ("
                + (due == null ? "the agreement sets no quota" : "quota " + Math.round(due)) + "), opportunity rate "
                + percent(best.opportunityRate()) + " of " + best.opportunityRate().n() + " judged leads";
        return new BacktestReport.ThresholdAdvice(curve, best == null ? null : best.threshold(), reason);
    }

    static String percent(Rate r) {
        return r.value() == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%% (95%% %.1f–%.1f%%)",
                100 * r.value(), 100 * r.low(), 100 * r.high());
    }
}
