package org.leadpact.app.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.Clock;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.store.AgreementStore.StoredAgreement;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.backtest.BacktestPeriod;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.backtest.BacktestReport.Month;
import org.leadpact.backtest.BacktestReport.ThresholdPoint;
import org.leadpact.backtest.Change;
import org.leadpact.backtest.Rate;

/**
 * A back-test as a page: the form (proposed version, baseline, period; by default the active agreement
 * and the six months before today), then the report's figures: MQLs per month under each agreement,
 * the leads the proposal adds and drops and the clause responsible, precision and recall against what
 * sales made of the leads, hand-offs per rep, quota, expected pipeline value, and the threshold
 * advice. A wrong input re-renders the form with what is wrong.
 */
final class BacktestPage {
    /** Who may run a back-test: as {@code POST /api/v1/backtests}. */
    static final Role[] ROLES = {Role.ADMIN, Role.MARKETING};

    private final Backtests backtests;
    private final Agreements agreements;
    private final Clock clock;

    record Shown(int status, String html) {
    }

    BacktestPage(Backtests backtests, Agreements agreements, Clock clock) {
        this.backtests = backtests;
        this.agreements = agreements;
        this.clock = clock;
    }

    Shown show(Context ctx) {
        Holder holder = Session.holder(ctx);
        WebRoutes.requireRole(holder, ROLES);
        PageParams p = PageParams.of(ctx, "proposed", "baseline", "from", "to");
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        String proposed = p.text("proposed");
        String baseline = p.text("baseline") == null ? Backtests.ACTIVE : p.text("baseline");
        String from = p.text("from") == null ? today.minusMonths(6).toString() : p.text("from");
        String to = p.text("to") == null ? today.minusDays(1).toString() : p.text("to");
        Html h = new Html();
        form(h, agreements.all(), proposed, baseline, from, to);
        if (proposed == null) {
            h.el("p", "empty", "Choose the proposed version to replay the log under it and under the baseline.");
            return new Shown(200, page(holder, h));
        }
        BacktestReport report;
        try {
            BacktestPeriod period = Backtests.period(date("from", from), date("to", to));
            Agreement base = backtests.stored(baseline);
            Agreement proposal = backtests.stored(proposed);
            report = backtests.run(base, proposal, period, Runtime.getRuntime().availableProcessors(), read -> { })
                    .report();
        } catch (Failure e) {
            int status = e instanceof Failure.NotFound ? 404 : e instanceof Failure.Refused ? 409 : 400;
            h.raw("<p class=\"flash refused\" id=\"problem\">").text(e.getMessage()).raw("</p>");
            return new Shown(status, page(holder, h));
        }
        result(h, report);
        return new Shown(200, page(holder, h));
    }

    private static String page(Holder holder, Html h) {
        return Layout.page("Back-test", holder, "/ui/agreement", h.toString());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Failure.Invalid(name + ": '" + value + "' is not a date (write it as YYYY-MM-DD)", List.of(
                    new Failure.FieldProblem(name, 0, "not a date")));
        }
    }

    private static void form(Html h, List<StoredAgreement> all, String proposed, String baseline, String from,
                             String to) {
        h.raw("<form method=\"get\" class=\"inline\" id=\"backtest-form\"><label>Proposed version ")
                .raw("<select name=\"proposed\">");
        if (proposed == null) {
            h.raw("<option value=\"\" selected>choose</option>");
        }
        all.forEach(a -> option(h, a.version(), a.version() + " · " + a.name(), a.version().equals(proposed)));
        h.raw("</select></label><label>Baseline <select name=\"baseline\">");
        option(h, Backtests.ACTIVE, "the active version", Backtests.ACTIVE.equals(baseline));
        all.forEach(a -> option(h, a.version(), a.version() + " · " + a.name(), a.version().equals(baseline)));
        h.raw("</select></label><label>From <input name=\"from\" size=\"10\" value=\"").text(from)
                .raw("\"></label><label>To <input name=\"to\" size=\"10\" value=\"").text(to)
                .raw("\"></label><button type=\"submit\" id=\"run\">Run the back-test</button></form>");
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.raw("<option value=\"").text(value).raw("\"").raw(selected ? " selected" : "").raw(">").text(label)
                .raw("</option>");
    }

    private static void result(Html h, BacktestReport r) {
        h.raw("<p id=\"backtest-summary\">").text(r.period().from() + " to " + r.period().to()).raw(": ")
                .text(Figures.count(r.leads())).raw(" leads, ").text(Figures.count(r.events()))
                .raw(" events replayed. Baseline ").raw(side(r.baseline(), "baseline")).raw("; proposed ")
                .raw(side(r.proposed(), "proposed")).raw(".</p>");
        months(h, r);
        changes(h, r);
        outcomes(h, r.outcomes());
        quota(h, r);
        handOffs(h, r.handOffs());
        pipeline(h, r.pipeline());
        threshold(h, r);
        recycles(h, r.recycles());
        if (!r.notes().isEmpty()) {
            h.el("h2", null, "What the replay does not know");
            h.raw("<ul id=\"notes\">");
            r.notes().forEach(n -> h.el("li", null, n));
            h.raw("</ul>");
        }
    }

    private static String side(BacktestReport.Side s, String id) {
        return "<strong id=\"" + id + "-version\">" + Html.escape(s.version()) + "</strong> (" + Html.escape(s.name())
                + ", threshold <span id=\"" + id + "-threshold\">" + s.threshold() + "</span>, quota "
                + (s.quotaPerMonth() == null ? "none" : Html.escape(decimal(s.quotaPerMonth())) + " MQLs a month") + ")";
    }

    private static void months(Html h, BacktestReport r) {
        h.el("h2", null, "MQLs per month");
        h.raw(Charts.chart("backtest-chart", "MQLs per month: baseline, proposed and recorded", monthsChart(r.months())));
        h.table("months", List.of("month", "days", "baseline MQLs", "proposed MQLs", "recorded MQLs", "quota",
                "baseline meets quota", "proposed meets quota", "added", "dropped"), r.months(), m -> List.of(
                Html.escape(m.month()), Figures.count(m.days()),
                again(m.baselineMqls(), m.baselineAgain()), again(m.proposedMqls(), m.proposedAgain()),
                Figures.count(m.recordedMqls()), m.quota() == null ? Figures.NONE : Html.escape(decimal(m.quota())),
                yesNo(m.baselineMeetsQuota()), yesNo(m.proposedMeetsQuota()), Figures.count(m.added()),
                Figures.count(m.dropped())));
        h.el("p", "hint", "MQLs count every qualification in the month, a lead's first and again after a replayed "
                + "recycle (in brackets); recorded MQLs are what the live engine recorded then.");
    }

    private static String again(int mqls, int again) {
        return Figures.count(mqls) + (again > 0 ? " (" + Figures.count(again) + " again)" : "");
    }

    private static Map<String, Object> monthsChart(List<Month> months) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false); // a report read, not a show: drawn at once (and whole in screenshots)
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of("baseline", "proposed", "recorded", "quota")));
        option.put("xAxis", Map.of("type", "category", "data", months.stream().map(m -> m.month().toString()).toList()));
        option.put("yAxis", Map.of("type", "value", "name", "MQLs"));
        List<Object> series = new ArrayList<>(List.of(
                Map.of("name", "baseline", "type", "bar", "data", months.stream().map(Month::baselineMqls).toList()),
                Map.of("name", "proposed", "type", "bar", "data", months.stream().map(Month::proposedMqls).toList()),
                Map.of("name", "recorded", "type", "line", "data", months.stream().map(Month::recordedMqls).toList())));
        if (months.stream().anyMatch(m -> m.quota() != null)) {
            series.add(Map.of("name", "quota", "type", "line", "lineStyle", Map.of("type", "dashed"), "data",
                    months.stream().map(m -> m.quota() == null ? null : Math.ceil(m.quota() - 1e-9)).toList()));
        }
        option.put("series", series);
        return option;
    }

    private static void changes(Html h, BacktestReport r) {
        h.el("h2", null, "Leads the proposal adds and drops");
        h.raw("<div class=\"columns\">");
        byClause(h, "added", "Added (the proposal qualifies them, the baseline does not)", r.addedByClause());
        byClause(h, "dropped", "Dropped (the baseline qualifies them, the proposal does not)", r.droppedByClause());
        h.raw("</div>");
        List<Change> examples = new ArrayList<>();
        r.months().forEach(m -> {
            examples.addAll(m.addedExamples());
            examples.addAll(m.droppedExamples());
        });
        if (examples.isEmpty()) {
            h.el("p", "empty", "The two agreements qualify the same leads in the period.");
            return;
        }
        h.el("h3", null, "Examples");
        h.table("changes", List.of("lead", "change", "when", "clause", "why"), examples, c -> List.of(
                "<a href=\"/ui/leads/" + Html.escape(c.leadId()) + "\">" + Html.escape(c.leadId()) + "</a>",
                Html.escape(c.kind().name().toLowerCase(Locale.ROOT)), Html.escape(c.at()),
                "<code>" + Html.escape(c.clause()) + "</code>", Html.escape(c.why())));
    }

    private static void byClause(Html h, String id, String caption, Map<String, Integer> counts) {
        h.raw("<div>").el("h3", null, caption);
        if (counts.isEmpty()) {
            h.raw("<p class=\"empty\" id=\"").raw(id).raw("-none\">none</p></div>");
            return;
        }
        h.table(id, List.of("clause", "leads"), counts.entrySet(), e -> List.of(
                "<code>" + Html.escape(e.getKey()) + "</code>", Figures.count(e.getValue())));
        h.raw("</div>");
    }

    private static void outcomes(Html h, BacktestReport.Outcomes o) {
        h.el("h2", null, "Against what sales made of the leads");
        h.raw("<p id=\"outcomes\">").text(Figures.count(o.reachedSales())).raw(" leads reached sales in the period; ")
                .text(Figures.count(o.judged())).raw(" judged by its end (").text(Figures.count(o.converted()))
                .raw(" opportunity or won, of them ").text(Figures.count(o.won())).raw(" won; ")
                .text(Figures.count(o.trashed())).raw(" trashed; ").text(Figures.count(o.recycled()))
                .raw(" recycled), ").text(Figures.count(o.open())).raw(" still open.</p>");
        judgements(h, "judgements", o.baseline(), o.proposed());
        h.el("p", "hint", "Precision: of the judged leads an agreement qualifies, the share that became an "
                + "opportunity or won. Recall: of those that did, the share it qualifies. 95% Wilson intervals; "
                + "\"of n\" is how many leads a figure rests on.");
    }

    private static void judgements(Html h, String id, BacktestReport.Judgement baseline,
                                   BacktestReport.Judgement proposed) {
        h.table(id, List.of("agreement", "judged leads qualified", "precision", "recall"),
                List.of(Map.entry("baseline", baseline), Map.entry("proposed", proposed)), e -> List.of(
                        Html.escape(e.getKey()), Figures.count(e.getValue().qualified()),
                        Html.escape(rate(e.getValue().precision())), Html.escape(rate(e.getValue().recall()))));
    }

    /** A rate with what it rests on and its interval, e.g. "40.0% (2 of 5; 95% 11.8–76.9%)". */
    static String rate(Rate r) {
        if (r.value() == null) {
            return Figures.NONE + " (no lead to judge)";
        }
        return String.format(Locale.ROOT, "%.1f%% (%d of %d; 95%% %.1f–%.1f%%)", 100 * r.value(), r.successes(), r.n(),
                100 * r.low(), 100 * r.high());
    }

    private static void quota(Html h, BacktestReport r) {
        h.el("h2", null, "Quota");
        List<Month> due = r.months().stream().filter(m -> m.quota() != null).toList();
        if (due.isEmpty()) {
            h.el("p", "empty", "Neither agreement sets a quota of MQLs.");
            return;
        }
        h.raw("<p id=\"quota\">Baseline meets it in ").text(met(due, true)).raw(", the proposal in ")
                .text(met(due, false)).raw(" (the quota of a month the period cuts short is its share of days).</p>");
    }

    private static String met(List<Month> due, boolean baseline) {
        long met = due.stream().filter(m -> Boolean.TRUE.equals(baseline ? m.baselineMeetsQuota()
                : m.proposedMeetsQuota())).count();
        return met + " of " + due.size() + (due.size() == 1 ? " month" : " months");
    }

    private static void handOffs(Html h, BacktestReport.HandOffs o) {
        h.el("h2", null, "Hand-offs per rep");
        if (o.perRep().isEmpty() && o.baseline() == null && o.proposed() == null) {
            h.el("p", "empty", "No lead was handed to a rep in the period.");
        } else {
            List<String> reps = new ArrayList<>(new java.util.TreeSet<>(o.perRep().keySet()));
            if (o.routingReplayed()) {
                java.util.TreeSet<String> all = new java.util.TreeSet<>(reps);
                all.addAll(o.baseline().perRep().keySet());
                all.addAll(o.proposed().perRep().keySet());
                reps = new ArrayList<>(all);
            }
            List<String> headers = o.routingReplayed() ? List.of("rep", "as they happened", "baseline routing",
                    "proposed routing") : List.of("rep", "as they happened");
            h.table("hand-offs", headers, reps, rep -> o.routingReplayed() ? List.of(Html.escape(rep),
                    Figures.count(o.perRep().getOrDefault(rep, 0)),
                    Figures.count(o.baseline().perRep().getOrDefault(rep, 0)),
                    Figures.count(o.proposed().perRep().getOrDefault(rep, 0)))
                    : List.of(Html.escape(rep), Figures.count(o.perRep().getOrDefault(rep, 0))));
            if (o.routingReplayed()) {
                h.raw("<p id=\"unrouted\">Nobody could take ").text(Figures.count(o.baseline().unrouted()))
                        .raw(" qualifications under the baseline, ").text(Figures.count(o.proposed().unrouted()))
                        .raw(" under the proposal.</p>");
            }
        }
        if (o.note() != null) {
            h.el("p", "hint", o.note());
        }
    }

    private static void pipeline(Html h, BacktestReport.Pipeline p) {
        h.el("h2", null, "Expected pipeline value");
        h.raw("<p id=\"pipeline\">Baseline <strong id=\"pipeline-baseline\">").text(Figures.money(p.baseline()))
                .raw("</strong>, proposed <strong id=\"pipeline-proposed\">").text(Figures.money(p.proposed()))
                .raw("</strong>: ").text(p.definition()).raw(" (average won value ").text(Figures.money(p.averageWonValue()))
                .raw(" over ").text(Figures.count(p.wonDeals())).raw(" won deals).</p>");
    }

    private static void threshold(Html h, BacktestReport r) {
        BacktestReport.ThresholdAdvice advice = r.thresholdAdvice();
        h.el("h2", null, "Threshold advice for the proposal");
        h.raw("<p id=\"advice\">").raw(advice.recommended() == null ? "No threshold to advise"
                : "Advised threshold <strong id=\"advised-threshold\">" + advice.recommended() + "</strong> (the proposal "
                + "has " + r.proposed().threshold() + ")").raw(": ").text(advice.reason()).raw(".</p>");
        h.raw(Charts.chart("threshold-chart", "MQLs in the period and opportunity rate by score threshold",
                thresholdChart(advice)));
        h.raw("<details><summary>Every threshold</summary>");
        h.table("thresholds", List.of("threshold", "MQLs", "per month", "meets quota", "opportunity rate"),
                advice.curve(), t -> List.of(Figures.count(t.threshold()), Figures.count(t.mqls()),
                        Html.escape(decimal(t.mqlsPerMonth())), t.meetsQuota() ? "yes" : "no",
                        Html.escape(rate(t.opportunityRate()))));
        h.raw("</details>");
    }

    private static Map<String, Object> thresholdChart(BacktestReport.ThresholdAdvice advice) {
        List<ThresholdPoint> curve = advice.curve();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false); // a report read, not a show: drawn at once (and whole in screenshots)
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of("MQLs", "opportunity rate %")));
        option.put("xAxis", Map.of("type", "category", "name", "threshold", "data",
                curve.stream().map(t -> String.valueOf(t.threshold())).toList()));
        option.put("yAxis", List.of(Map.of("type", "value", "name", "MQLs"),
                Map.of("type", "value", "name", "%", "min", 0, "max", 100)));
        Map<String, Object> mqls = new LinkedHashMap<>(Map.of("name", "MQLs", "type", "bar", "data",
                curve.stream().map(ThresholdPoint::mqls).toList()));
        if (advice.recommended() != null) {
            mqls.put("markLine", Map.of("symbol", "none", "data", List.of(Map.of("xAxis",
                    String.valueOf(advice.recommended()), "name", "advised"))));
        }
        option.put("series", List.of(mqls, Map.of("name", "opportunity rate %", "type", "line", "yAxisIndex", 1,
                "data", curve.stream().map(t -> t.opportunityRate().value() == null ? null
                        : Math.round(1000 * t.opportunityRate().value()) / 10.0).toList())));
        return option;
    }

    private static void recycles(Html h, BacktestReport.Recycles r) {
        if (r.recorded() == 0 && r.cameBack() == 0) {
            return;
        }
        h.el("h2", null, "Recycles replayed");
        h.table("recycles", List.of("agreement", "recycles applied", "refused", "qualified again in the period"),
                List.of(Map.entry("baseline", r.baseline()), Map.entry("proposed", r.proposed())), e -> List.of(
                        Html.escape(e.getKey()), Figures.count(e.getValue().applied()),
                        Figures.count(e.getValue().refused()), Figures.count(e.getValue().qualifiedAgain())));
        h.raw("<p id=\"came-back\">").text(Figures.count(r.recorded())).raw(" recycles recorded in the period; ")
                .text(Figures.count(r.cameBack())).raw(" recycled leads came back to sales, ")
                .text(Figures.count(r.judged())).raw(" judged, ").text(Figures.count(r.converted()))
                .raw(" converted.</p>");
        if (r.judged() > 0) {
            judgements(h, "recycle-judgements", r.baselineJudgement(), r.proposedJudgement());
        }
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? Figures.NONE : b ? "yes" : "no";
    }
}
