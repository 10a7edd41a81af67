package org.leadpact.backtest;

import java.util.List;
import org.leadpact.backtest.BacktestReport.Judgement;

/**
 * Sums up the recycles replayed: per agreement, recorded recycles applied and refused and its
 * qualifications again in the period; and for recycled leads that came back to sales in the period,
 * how each agreement's re-qualifications would have judged what sales made of them.
 */
final class RecycleTally {
    private final BacktestPeriod period;
    private int recorded;
    private final int[] applied = new int[2];
    private final int[] refused = new int[2];
    private final int[] again = new int[2];
    private int cameBack;
    private int judged;
    private int converted;
    private final int[] qualified = new int[2];
    private final int[] qualifiedConverted = new int[2];

    RecycleTally(BacktestPeriod period) {
        this.period = period;
    }

    void add(LeadResult lead) {
        recorded += lead.sales().recycledInPeriod();
        LeadResult.Recycles r = lead.recycles();
        applied[0] += r.baselineApplied();
        refused[0] += r.baselineRefused();
        applied[1] += r.proposedApplied();
        refused[1] += r.proposedRefused();
        again[0] += againInPeriod(lead.baselineQualified());
        again[1] += againInPeriod(lead.proposedQualified());
        SalesRecord.Verdict back = lead.sales().again();
        if (back.handedOffAt() == null) {
            return;
        }
        cameBack++;
        if (!back.outcome().known()) {
            return;
        }
        judged++;
        converted += back.outcome().converted() ? 1 : 0;
        judge(0, lead.baselineQualified(), back.outcome());
        judge(1, lead.proposedQualified(), back.outcome());
    }

    private int againInPeriod(List<Qualified> all) {
        return (int) all.stream().filter(q -> q.round() > 0 && period.contains(q.at())).count();
    }

    /** Qualified again (after a recycle) by the period's end. */
    private void judge(int side, List<Qualified> all, SalesOutcome outcome) {
        if (all.stream().anyMatch(q -> q.round() > 0)) {
            qualified[side]++;
            qualifiedConverted[side] += outcome.converted() ? 1 : 0;
        }
    }

    BacktestReport.Recycles recycles() {
        return new BacktestReport.Recycles(recorded, new BacktestReport.RecycleSide(applied[0], refused[0], again[0]),
                new BacktestReport.RecycleSide(applied[1], refused[1], again[1]), cameBack, judged, converted,
                judgement(0), judgement(1));
    }

    private Judgement judgement(int side) {
        return new Judgement(qualified[side], Rate.of(qualifiedConverted[side], qualified[side]),
                Rate.of(qualifiedConverted[side], converted));
    }
}
