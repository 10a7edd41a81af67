package org.leadpact.backtest;

import org.leadpact.backtest.BacktestReport.Judgement;
import org.leadpact.backtest.QualificationCurve.Point;

/** Leads handed to sales, by outcome, and how each definition would have judged those sales judged. */
final class OutcomeTally {
    private final int baselineThreshold;
    private final int proposedThreshold;
    private final BacktestPeriod period;
    private final int[] byOutcome = new int[SalesOutcome.values().length];
    private final int[] qualified = new int[2];
    private final int[] qualifiedConverted = new int[2];

    OutcomeTally(int baselineThreshold, int proposedThreshold, BacktestPeriod period) {
        this.baselineThreshold = baselineThreshold;
        this.proposedThreshold = proposedThreshold;
        this.period = period;
    }

    void add(LeadResult lead) {
        SalesOutcome outcome = lead.sales().outcome();
        byOutcome[outcome.ordinal()]++;
        if (!outcome.known()) {
            return;
        }
        judge(0, lead.baseline().firstQualified(baselineThreshold), outcome);
        judge(1, lead.proposed().firstQualified(proposedThreshold), outcome);
    }

    private void judge(int side, Point first, SalesOutcome outcome) {
        if (first != null && first.at().isBefore(period.end())) {
            qualified[side]++;
            if (outcome.converted()) {
                qualifiedConverted[side]++;
            }
        }
    }

    BacktestReport.Outcomes outcomes() {
        int converted = count(SalesOutcome.OPPORTUNITY) + count(SalesOutcome.WON);
        int judged = converted + count(SalesOutcome.TRASHED) + count(SalesOutcome.RECYCLED);
        int reached = judged + count(SalesOutcome.OPEN);
        return new BacktestReport.Outcomes(reached, judged, converted, count(SalesOutcome.WON),
                count(SalesOutcome.TRASHED), count(SalesOutcome.RECYCLED), count(SalesOutcome.OPEN),
                judgement(0, converted), judgement(1, converted));
    }

    private Judgement judgement(int side, int converted) {
        return new Judgement(qualified[side], Rate.of(qualifiedConverted[side], qualified[side]),
                Rate.of(qualifiedConverted[side], converted));
    }

    private int count(SalesOutcome o) {
        return byOutcome[o.ordinal()];
    }
}
