package org.leadpact.app.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.planning.Funnel;
import org.leadpact.planning.WhatIf;
import org.leadpact.reports.Dimension;
import org.leadpact.reports.Filter;
import org.leadpact.reports.FunnelReport;
import org.leadpact.reports.Range;
import org.leadpact.reports.Reports;
import org.leadpact.reports.SourceReport;

/**
 * The funnel of a cohort (the leads created in a month, or all of them): how many reached each stage,
 * the conversions and the days spent in each stage; and the what-if: change one step's rate and see
 * the deals and revenue it would give, with the planner's exact what-if arithmetic.
 */
final class FunnelPage {
    static final String ALL = "all";
    /** The what-if's funnel: from qualified lead to deal, the steps sales and marketing argue about. */
    static final List<String> STAGES = List.of("mql", "sal", "opportunity", "won");
    private static final int MONTHS_OFFERED = 12;

    private final ReportBook book;
    private final Clock clock;

    FunnelPage(ReportBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        PageParams p = PageParams.of(ctx, "cohort", "step", "rate");
        String cohort = p.text("cohort") == null ? ALL : p.text("cohort");
        Range created = created(cohort);
        Filter slice = Figures.slice(holder);
        Reports reports = new Reports(book.index(), book.teams().teamOf());
        FunnelReport funnel = reports.cohort(created, slice);
        SourceReport value = reports.sources(created, slice, Dimension.SOURCE);
        Html h = new Html();
        cohorts(h, cohort);
        Figures.sliceNote(h, holder);
        h.raw("<p class=\"hint\">").text(created == Range.ALL ? "Every lead so far" : "Leads created in " + cohort
                + " (UTC)").raw(", each counted in every stage it reached so far.</p>");
        h.raw(Charts.chart("funnel-chart", "Leads reaching each stage", chart(funnel)));
        h.raw("<section id=\"stages\"><h2>Stages</h2>");
        h.table("stages", List.of("stage", "leads"), funnel.stages(), s -> List.of(Html.escape(s.stage()),
                Figures.count(s.leads())));
        h.table("conversions", List.of("from", "to", "rate"), funnel.conversions(), c -> List.of(
                Html.escape(c.from()), Html.escape(c.to()), Figures.share(c.rate())));
        h.raw("</section><section id=\"velocity\"><h2>Stage velocity</h2>");
        h.table("velocity", List.of("stage", "stays", "median days", "p90 days"), funnel.velocity(), v -> List.of(
                Html.escape(v.stage()), Figures.count(v.stays()), Figures.days(v.medianDays()),
                Figures.days(v.p90Days())));
        h.el("p", "hint", funnel.definitions().get("velocity"));
        h.raw("</section>");
        whatIf(h, p, cohort, funnel, value);
        return Layout.page("Funnel", holder, "/ui/funnel", h.toString());
    }

    private Range created(String cohort) {
        if (cohort.equals(ALL)) {
            return Range.ALL;
        }
        if (!cohort.matches("\\d{4}-\\d{2}")) {
            throw new WebFailure(400, "cohort: '" + cohort + "' is not a month (2027-03) or all.");
        }
        try {
            return Range.period(cohort);
        } catch (IllegalArgumentException e) {
            throw new WebFailure(400, "cohort: " + e.getMessage());
        }
    }

    private void cohorts(Html h, String chosen) {
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        List<String> months = new ArrayList<>(List.of(ALL));
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(now.minusMonths(i).toString());
        }
        if (!months.contains(chosen)) {
            months.add(chosen);
        }
        h.raw("<form method=\"get\" class=\"inline\" id=\"cohort-form\"><label>Cohort (month created) <select "
                + "name=\"cohort\">");
        for (String m : months) {
            h.raw("<option").raw(m.equals(chosen) ? " selected" : "").raw(">").text(m).raw("</option>");
        }
        h.raw("</select></label><button type=\"submit\">Show</button></form>");
    }

    private static Map<String, Object> chart(FunnelReport funnel) {
        List<Map<String, Object>> data = new ArrayList<>();
        funnel.stages().stream().filter(s -> !s.stage().equals("lost"))
                .forEach(s -> data.add(Map.of("name", s.stage(), "value", s.leads())));
        return Map.of("tooltip", Map.of("trigger", "item"), "series", List.of(Map.of("type", "funnel",
                "sort", "none", "gap", 2, "label", Map.of("show", true, "position", "inside", "formatter", "{b}: {c}"),
                "data", data)));
    }

    private static void whatIf(Html h, PageParams p, String cohort, FunnelReport funnel, SourceReport value) {
        Map<String, Long> reached = new LinkedHashMap<>();
        funnel.stages().forEach(s -> reached.put(s.stage(), s.leads()));
        List<BigDecimal> rates = new ArrayList<>();
        for (int i = 0; i + 1 < STAGES.size(); i++) {
            rates.add(rate(reached.get(STAGES.get(i + 1)), reached.get(STAGES.get(i))));
        }
        Funnel base = new Funnel(STAGES, BigDecimal.valueOf(reached.get("mql")), rates);
        String step = p.text("step");
        BigDecimal rate = p.decimal("rate", null);
        if (step != null && rate == null || step == null && rate != null) {
            throw new WebFailure(400, "The what-if needs both a step and a rate.");
        }
        WhatIf w;
        try {
            w = step == null ? WhatIf.of(base, List.of()) : WhatIf.of(base, List.of(change(step, rate)));
        } catch (IllegalArgumentException e) {
            throw new WebFailure(400, "what-if: " + e.getMessage());
        }
        long won = reached.get("won");
        BigDecimal perDeal = won == 0 ? null : value.total().wonValue().divide(BigDecimal.valueOf(won), 2,
                RoundingMode.HALF_UP);
        h.raw("<section id=\"what-if\"><h2>What if</h2>");
        h.raw("<form method=\"get\" class=\"inline\" id=\"what-if-form\"><input type=\"hidden\" name=\"cohort\" value=\"")
                .text(cohort).raw("\"><label>Step <select name=\"step\">");
        for (int i = 0; i + 1 < STAGES.size(); i++) {
            String s = STAGES.get(i) + "->" + STAGES.get(i + 1);
            h.raw("<option").raw(s.equals(step) ? " selected" : "").raw(">").text(s).raw("</option>");
        }
        h.raw("</select></label><label>Rate <input name=\"rate\" size=\"6\" placeholder=\"0.40\" value=\"")
                .text(rate == null ? "" : rate.toPlainString()).raw("\"></label><button type=\"submit\">Recompute</button></form>");
        List<Integer> rows = java.util.stream.IntStream.range(0, STAGES.size()).boxed().toList();
        h.table("what-if", List.of("stage", "rate in", "now", "changed rate", "would be"), rows, i -> List.of(
                Html.escape(STAGES.get(i)), i == 0 ? "" : Figures.share(w.base().rates().get(i - 1).doubleValue()),
                Figures.count(WhatIf.shown(w.base().counts().get(i))),
                i == 0 ? "" : Figures.share(w.changed().rates().get(i - 1).doubleValue()),
                Figures.count(WhatIf.shown(w.changed().counts().get(i)))));
        BigDecimal baseDeals = w.base().counts().getLast();
        BigDecimal changedDeals = w.changed().counts().getLast();
        h.raw("<p id=\"what-if-result\">Deals: <strong>").text(Figures.count(WhatIf.shown(baseDeals))).raw(" → ")
                .text(Figures.count(WhatIf.shown(changedDeals))).raw("</strong> (").text(signed(WhatIf.shown(
                        w.finalDifference()))).raw("); revenue at ").text(Figures.money(perDeal)).raw(" a deal: <strong>")
                .text(perDeal == null ? Figures.NONE : Figures.money(baseDeals.multiply(perDeal))).raw(" → ")
                .text(perDeal == null ? Figures.NONE : Figures.money(changedDeals.multiply(perDeal))).raw("</strong>.</p>");
        h.el("p", "hint", "Rates are the cohort's own (each stage's leads ÷ the stage before); counts are chained "
                + "exactly and shown rounded half-up; a deal is worth the cohort's won value ÷ its won leads"
                + (perDeal == null ? " (no deal won yet, so no revenue)" : "") + ".");
        h.raw("</section>");
    }

    /** A step's rate, exact enough that chaining the rates gives back the counts. */
    private static BigDecimal rate(long to, long from) {
        return from == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(to).divide(BigDecimal.valueOf(from), 12,
                RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static WhatIf.Change change(String step, BigDecimal rate) {
        int arrow = step.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("'" + step + "' is not a step; write FROM->TO, e.g. sal->opportunity");
        }
        return new WhatIf.Change(step.substring(0, arrow), step.substring(arrow + 2), rate);
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : "") + Figures.count(n);
    }
}
