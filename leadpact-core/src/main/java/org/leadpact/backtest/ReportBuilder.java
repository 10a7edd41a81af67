package org.leadpact.backtest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.agreement.Agreement;
import org.leadpact.backtest.BacktestReport.Judgement;
import org.leadpact.backtest.QualificationCurve.Point;

/** Sums the replayed leads up into a {@link BacktestReport}. */
final class ReportBuilder {
    static final int EXAMPLES = 5;
    private static final int MOST_THRESHOLDS = 1_000;

    private final Backtest test;
    private final Collection<LeadResult> leads;
    private final BacktestPeriod period;
    private final Map<YearMonth, MonthTally> months = new LinkedHashMap<>();
    private final Map<String, Integer> addedByClause = new TreeMap<>();
    private final Map<String, Integer> droppedByClause = new TreeMap<>();
    private final Map<String, Integer> handOffs = new TreeMap<>();
    private final OutcomeTally outcomes;
    private final RecycleTally recycles;

    ReportBuilder(Backtest test, Collection<LeadResult> leads) {
        this.test = test;
        this.leads = leads;
        this.period = test.period();
        period.months().forEach(m -> months.put(m, new MonthTally()));
        this.outcomes = new OutcomeTally(test.baseline().scoring().threshold(), test.proposed().scoring().threshold(),
                period);
        this.recycles = new RecycleTally(period);
    }

    /** Counts of one month while summing up. */
    private static final class MonthTally {
        int baseline;
        int proposed;
        int recorded;
        int added;
        int dropped;
        int baselineAgain;
        int proposedAgain;
        final List<Change> addedExamples = new ArrayList<>();
        final List<Change> droppedExamples = new ArrayList<>();
    }

    BacktestReport build() {
        ThresholdSweep sweep = new ThresholdSweep(period, sweepLimit());
        long events = 0;
        for (LeadResult lead : leads) {
            events += lead.events();
            count(lead);
            outcomes.add(lead);
            recycles.add(lead);
            sweep.add(lead);
            lead.sales().handOffs().forEach(h -> handOffs.merge(h.rep(), 1, Integer::sum));
        }
        Quota quota = new Quota(test.proposed().marketingSla(), period);
        Quota baselineQuota = new Quota(test.baseline().marketingSla(), period);
        List<BacktestReport.Month> rows = new ArrayList<>();
        months.forEach((m, t) -> rows.add(new BacktestReport.Month(m, period.daysIn(m), t.baseline, t.proposed,
                t.recorded, t.added, t.dropped, t.addedExamples, t.droppedExamples, quota.forMonth(m),
                Quota.meets(t.baseline, baselineQuota.forMonth(m)), Quota.meets(t.proposed, quota.forMonth(m)),
                t.baselineAgain, t.proposedAgain)));
        int baselineMqls = rows.stream().mapToInt(BacktestReport.Month::baselineMqls).sum();
        int proposedMqls = rows.stream().mapToInt(BacktestReport.Month::proposedMqls).sum();
        BacktestReport.Outcomes judged = outcomes.outcomes();
        return new BacktestReport(period, side(test.baseline(), baselineQuota), side(test.proposed(), quota),
                leads.size(), events, rows, judged, addedByClause, droppedByClause, recycles.recycles(), handOffs(),
                pipeline(baselineMqls, proposedMqls, judged), sweep.advice(quota), notes(judged));
    }

    /** As they happened; and each agreement's routing replayed when the directory has reps. */
    private BacktestReport.HandOffs handOffs() {
        if (!test.routes()) {
            return new BacktestReport.HandOffs(handOffs, false, "as they happened; routing is not replayed (the "
                    + "directory has no reps)", null, null);
        }
        List<Qualified> base = new ArrayList<>();
        List<Qualified> prop = new ArrayList<>();
        for (LeadResult lead : leads) {
            base.addAll(lead.baselineQualified());
            prop.addAll(lead.proposedQualified());
        }
        return new BacktestReport.HandOffs(handOffs, true, "as they happened, and each agreement's routing replayed "
                + "over every qualification on the directory as it stands now",
                RoutingReplay.route(test.baseline(), test.directory(), period, base),
                RoutingReplay.route(test.proposed(), test.directory(), period, prop));
    }

    private static BacktestReport.Side side(Agreement a, Quota quota) {
        return new BacktestReport.Side(a.version(), a.name(), a.scoring().threshold(), quota.perMonth());
    }

    /** Thresholds up to the highest score any lead reached (or the scoring maximum), at least past the proposed one. */
    private int sweepLimit() {
        long highest = test.proposed().scoring().threshold();
        for (LeadResult lead : leads) {
            List<Point> steps = lead.proposed().steps();
            if (!steps.isEmpty()) {
                highest = Math.max(highest, steps.getLast().points());
            }
        }
        Integer maximum = test.proposed().scoring().maximum();
        long limit = maximum == null ? highest + 1 : Math.max(maximum, test.proposed().scoring().threshold());
        return (int) Math.max(1, Math.min(limit, MOST_THRESHOLDS));
    }

    private void count(LeadResult lead) {
        for (Qualified q : lead.baselineQualified()) {
            if (period.contains(q.at())) {
                MonthTally month = months.get(BacktestPeriod.monthOf(q.at()));
                month.baseline++;
                month.baselineAgain += q.round() > 0 ? 1 : 0;
            }
        }
        for (Qualified q : lead.proposedQualified()) {
            if (period.contains(q.at())) {
                MonthTally month = months.get(BacktestPeriod.monthOf(q.at()));
                month.proposed++;
                month.proposedAgain += q.round() > 0 ? 1 : 0;
            }
        }
        lead.sales().recordedMqls().forEach(at -> months.get(BacktestPeriod.monthOf(at)).recorded++);
        Change change = lead.change();
        if (change != null) {
            MonthTally month = months.get(BacktestPeriod.monthOf(change.at()));
            boolean added = change.kind() == Change.Kind.ADDED;
            if (added) {
                month.added++;
            } else {
                month.dropped++;
            }
            List<Change> examples = added ? month.addedExamples : month.droppedExamples;
            if (examples.size() < EXAMPLES) {
                examples.add(change);
            }
            (added ? addedByClause : droppedByClause).merge(change.clause(), 1, Integer::sum);
        }
    }

    /**
     * Expected pipeline value = MQLs in the period × the definition's opportunity rate (its
     * precision on leads sales judged) × the average value of the deals won in the period.
     */
    private BacktestReport.Pipeline pipeline(int baselineMqls, int proposedMqls, BacktestReport.Outcomes judged) {
        BigDecimal sum = BigDecimal.ZERO;
        int won = 0;
        for (LeadResult lead : leads) {
            if (lead.sales().outcome() == SalesOutcome.WON && lead.sales().wonAmount() != null) {
                sum = sum.add(lead.sales().wonAmount());
                won++;
            }
        }
        BigDecimal average = won == 0 ? null : sum.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
        return new BacktestReport.Pipeline("MQLs in the period × opportunity rate of the definition (its precision on "
                + "leads sales judged) × average value of the deals won in the period", average, won,
                value(baselineMqls, judged.baseline(), average), value(proposedMqls, judged.proposed(), average));
    }

    private static BigDecimal value(int mqls, Judgement j, BigDecimal averageWon) {
        if (averageWon == null || j.precision().value() == null) {
            return null;
        }
        return averageWon.multiply(BigDecimal.valueOf(mqls * j.precision().value())).setScale(0, RoundingMode.HALF_UP);
    }

    private static List<String> notes(BacktestReport.Outcomes o) {
        return List.of(
                "Outcomes exist only for leads that reached sales: precision and recall rest on the " + o.judged()
                        + " lead(s) handed off in the period that sales judged by its end (" + o.converted()
                        + " became opportunities, " + (o.trashed() + o.recycled()) + " were trashed or recycled; "
                        + o.open() + " still open are left out). Leads the baseline never passed to sales have no "
                        + "outcome, so the proposal's added leads cannot be judged.",
                "A lead counts at the first instant it meets a definition, and again after a recorded recycle the agreement "
                        + "applies (when it had the lead with sales and its recycling clause allows the reason); added, "
                        + "dropped and the threshold curve count first qualifications.",
                "Intervals are Wilson 95% intervals.");
    }
}
