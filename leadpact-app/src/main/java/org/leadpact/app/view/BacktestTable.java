package org.leadpact.app.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.backtest.BacktestReport.Month;
import org.leadpact.backtest.BacktestReport.ThresholdPoint;
import org.leadpact.backtest.Change;
import org.leadpact.backtest.Rate;

/** A back-test report as plain-text tables for the terminal. */
public final class BacktestTable {
    private BacktestTable() {
    }

    public static String render(BacktestReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "Back-test %s to %s: proposed v%s (threshold %d) against baseline v%s (threshold %d)",
                r.period().from(), r.period().to(), r.proposed().version(), r.proposed().threshold(),
                r.baseline().version(), r.baseline().threshold());
        line(out, "%,d leads, %,d events replayed", r.leads(), r.events());
        months(out, r);
        changes(out, r);
        outcomes(out, r.outcomes());
        recycles(out, r.recycles());
        BacktestRouting.handOffs(out, r.handOffs());
        line(out, "Expected pipeline value (%s): baseline %s, proposed %s", r.pipeline().definition(),
                money(r.pipeline().baseline()), money(r.pipeline().proposed()));
        advice(out, r);
        line(out, "");
        line(out, "Notes:");
        r.notes().forEach(n -> line(out, "  - %s", n));
        return out.toString();
    }

    private static void months(StringBuilder out, BacktestReport r) {
        line(out, "");
        line(out, "%-9s %9s %9s %9s %7s %8s %7s  %s", "month", "baseline", "proposed", "recorded", "added", "dropped",
                "quota", "quota met (baseline / proposed)");
        for (Month m : r.months()) {
            line(out, "%-9s %9s %9s %9d %7s %8s %7s  %s / %s", m.month(), mqls(m.baselineMqls(), m.baselineAgain()),
                    mqls(m.proposedMqls(), m.proposedAgain()), m.recordedMqls(), "+" + m.added(), "-" + m.dropped(),
                    m.quota() == null ? "-" : String.format(Locale.ROOT, "%.0f", m.quota()),
                    yes(m.baselineMeetsQuota()), yes(m.proposedMeetsQuota()));
        }
        line(out, "%-9s %9s %9s %9d %7s %8s", "total", mqls(sum(r, Month::baselineMqls), sum(r, Month::baselineAgain)),
                mqls(sum(r, Month::proposedMqls), sum(r, Month::proposedAgain)), sum(r, Month::recordedMqls),
                "+" + sum(r, Month::added), "-" + sum(r, Month::dropped));
        line(out, "(a lead counts in the month it first meets the definition, and again after a recycle the agreement "
                + "applies: \"(n again)\"; added and dropped count first qualifications; \"recorded\": what the live "
                + "engine recorded)");
    }

    private static String mqls(int all, int again) {
        return again == 0 ? Integer.toString(all) : all + " (" + again + " again)";
    }

    private static void recycles(StringBuilder out, BacktestReport.Recycles r) {
        line(out, "");
        line(out, "Recycles in the period: %,d recorded. Of recorded recycles of leads each agreement had with sales: "
                + "baseline applied %,d, refused %,d (its recycling clause), qualified again %,d; proposed applied %,d, "
                + "refused %,d, qualified again %,d", r.recorded(), r.baseline().applied(), r.baseline().refused(),
                r.baseline().qualifiedAgain(), r.proposed().applied(), r.proposed().refused(),
                r.proposed().qualifiedAgain());
        line(out, "Recycled leads handed to sales again in the period: %,d; judged by its end: %,d (%,d became "
                + "opportunities)", r.cameBack(), r.judged(), r.converted());
        line(out, "%-9s %10s  %-42s %s", "", "again", "precision (opportunity rate)", "recall");
        line(out, "%-9s %10d  %-42s %s", "baseline", r.baselineJudgement().qualified(),
                rate(r.baselineJudgement().precision()), rate(r.baselineJudgement().recall()));
        line(out, "%-9s %10d  %-42s %s", "proposed", r.proposedJudgement().qualified(),
                rate(r.proposedJudgement().precision()), rate(r.proposedJudgement().recall()));
    }

    private static void changes(StringBuilder out, BacktestReport r) {
        line(out, "");
        line(out, "Added (proposed qualifies, baseline does not), by clause: %s", clauses(r.addedByClause()));
        line(out, "Dropped (baseline qualifies, proposed does not), by clause: %s", clauses(r.droppedByClause()));
        for (Month m : r.months()) {
            for (Change c : m.addedExamples()) {
                line(out, "  %s added   %s at %s: %s (%s)", m.month(), c.leadId(), c.at(), c.clause(), c.why());
            }
            for (Change c : m.droppedExamples()) {
                line(out, "  %s dropped %s at %s: %s (%s)", m.month(), c.leadId(), c.at(), c.clause(), c.why());
            }
        }
    }

    private static void outcomes(StringBuilder out, BacktestReport.Outcomes o) {
        line(out, "");
        line(out, "Leads handed to sales in the period: %d; judged by sales by its end: %d (%d became opportunities, "
                + "%d of them won; %d trashed; %d recycled); %d still open (left out)", o.reachedSales(), o.judged(),
                o.converted(), o.won(), o.trashed(), o.recycled(), o.open());
        line(out, "%-9s %10s  %-42s %s", "", "qualified", "precision (opportunity rate)", "recall");
        for (var e : Map.of("baseline", o.baseline(), "proposed", o.proposed()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            line(out, "%-9s %10d  %-42s %s", e.getKey(), e.getValue().qualified(), rate(e.getValue().precision()),
                    rate(e.getValue().recall()));
        }
    }

    private static void advice(StringBuilder out, BacktestReport r) {
        BacktestReport.ThresholdAdvice a = r.thresholdAdvice();
        line(out, "");
        line(out, "Threshold advice: %s", a.reason());
        line(out, "%10s %8s %10s %6s  %s", "threshold", "MQLs", "per month", "quota", "opportunity rate");
        List<ThresholdPoint> curve = a.curve();
        for (ThresholdPoint p : curve) {
            boolean marked = p.threshold() == r.proposed().threshold() || a.recommended() != null
                    && p.threshold() == a.recommended();
            if (marked || p.threshold() % 5 == 0 || p.threshold() == 1) {
                line(out, "%10d %8d %10.1f %6s  %s%s", p.threshold(), p.mqls(), p.mqlsPerMonth(),
                        p.meetsQuota() ? "met" : "-", rate(p.opportunityRate()),
                        p.threshold() == r.proposed().threshold() ? "  <- proposed" : a.recommended() != null
                                && p.threshold() == a.recommended() ? "  <- advised" : "");
            }
        }
    }

    static String rate(Rate r) {
        if (r.value() == null) {
            return "n/a (no leads)";
        }
        return String.format(Locale.ROOT, "%.1f%% (95%%: %.1f–%.1f%%) of %d", 100 * r.value(), 100 * r.low(),
                100 * r.high(), r.n());
    }

    private static String clauses(Map<String, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String money(BigDecimal value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%,d", value.longValue());
    }

    private static String yes(Boolean b) {
        return b == null ? "-" : b ? "yes" : "no";
    }

    private static int sum(BacktestReport r, java.util.function.ToIntFunction<Month> f) {
        return r.months().stream().mapToInt(f).sum();
    }

    static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
