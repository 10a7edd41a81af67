package org.leadpact.app.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.planning.MonthPlan;
import org.leadpact.planning.OrderHistory;
import org.leadpact.planning.RevenueGoal;
import org.leadpact.planning.RevenuePlan;
import org.leadpact.planning.ReverseFunnel;
import org.leadpact.reports.Filter;
import org.leadpact.reports.LeadFacts;

/**
 * The reverse funnel for a revenue goal: the orders each month must close and the qualified leads
 * marketing must bring in for them. Inputs left empty come from the store's own history (the won
 * deals' mean amount, the median MQL-to-win time, MQLs per won deal), as {@code leadpact plan --from-history}.
 */
final class PlannerPage {
    private final ReportBook book;
    private final Clock clock;

    PlannerPage(ReportBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        PageParams p = PageParams.of(ctx, "revenueGoal", "orderSize", "salesCycleMonths", "leadsPerOrder", "year");
        Optional<OrderHistory> history = history(Figures.slice(holder));
        BigDecimal goal = p.decimal("revenueGoal", history.map(OrderHistory::wonValue).orElse(null));
        BigDecimal orderSize = p.decimal("orderSize", history.map(OrderHistory::orderSize).orElse(null));
        Integer cycle = p.text("salesCycleMonths") != null ? Integer.valueOf(p.whole("salesCycleMonths", 0))
                : history.map(OrderHistory::salesCycleMonths).filter(m -> m > 0).orElse(null);
        BigDecimal perOrder = p.decimal("leadsPerOrder", history.map(OrderHistory::leadsPerOrder).orElse(null));
        int year = p.whole("year", clock.instant().atZone(ZoneOffset.UTC).getYear());
        Html h = new Html();
        Figures.sliceNote(h, holder);
        form(h, goal, orderSize, cycle, perOrder, year);
        history.ifPresentOrElse(o -> h.raw("<p class=\"hint\" id=\"history\">Empty inputs come from the history: ")
                        .text(Figures.count(o.won())).raw(" won deals worth ").text(Figures.money(o.wonValue()))
                        .raw(" (order size ").text(o.orderSize().toPlainString()).raw(" = their mean), ")
                        .text(Figures.count(o.mqls())).raw(" MQLs (").text(o.leadsPerOrder().toPlainString())
                        .raw(" per won deal), median ").text(o.medianDaysToWin() == null ? Figures.NONE
                                : o.medianDaysToWin().toPlainString()).raw(" days from MQL to win (")
                        .text(o.salesCycleMonths()).raw(" months, rounded up); the goal defaults to the value won so far.</p>"),
                () -> h.el("p", "hint", "No won deal in the history yet: fill in every input."));
        if (goal == null || orderSize == null || cycle == null || perOrder == null) {
            h.el("p", "empty", "Fill in the revenue goal, order size, sales cycle and leads per order.");
            return Layout.page("Planner", holder, "/ui/planner", h.toString());
        }
        RevenuePlan plan;
        try {
            plan = ReverseFunnel.plan(new RevenueGoal(goal, orderSize, cycle, perOrder, year));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new WebFailure(400, "The plan cannot be made: " + e.getMessage() + ".");
        }
        h.raw("<p id=\"plan-summary\">Revenue goal ").text(Figures.money(goal)).raw(" ÷ order size ")
                .text(Figures.money(orderSize)).raw(" = <strong>").text(Figures.count(plan.ordersNeeded()))
                .raw(" orders</strong> (rounded up), needing <strong>").text(Figures.count(plan.totalQualifiedLeads()))
                .raw(" qualified leads</strong> in ").text(year).raw(".</p>");
        h.raw(Charts.chart("planner-chart", "Orders and qualified leads per month", chart(plan)));
        h.table("plan", List.of("month", "orders closing", "qualified leads needed"), plan.months(), m -> List.of(
                Html.escape(m.month()), Figures.count(m.orders()), Figures.count(m.qualifiedLeads())));
        h.el("p", "hint", "Orders close from month " + (cycle + 1) + " on, spread as evenly as whole orders allow, the "
                + "remainder in the last months. A month's qualified leads = the orders due " + cycle + " months later × "
                + perOrder.toPlainString() + ", rounded up; 0 where those orders would close after " + year + ".");
        return Layout.page("Planner", holder, "/ui/planner", h.toString());
    }

    private Optional<OrderHistory> history(Filter slice) {
        OrderHistory.Tally tally = new OrderHistory.Tally();
        for (LeadFacts f : book.index()) {
            if (slice.matches(f, book.teams().teamOf())) {
                tally.add(f);
            }
        }
        return tally.figures();
    }

    private static void form(Html h, BigDecimal goal, BigDecimal orderSize, Integer cycle, BigDecimal perOrder, int year) {
        h.raw("<form method=\"get\" class=\"inline\" id=\"planner-form\">");
        input(h, "revenueGoal", "Revenue goal", goal == null ? "" : goal.toPlainString());
        input(h, "orderSize", "Order size", orderSize == null ? "" : orderSize.toPlainString());
        input(h, "salesCycleMonths", "Sales cycle (months)", cycle == null ? "" : cycle.toString());
        input(h, "leadsPerOrder", "Qualified leads per order", perOrder == null ? "" : perOrder.toPlainString());
        input(h, "year", "Year", String.valueOf(year));
        h.raw("<button type=\"submit\">Plan</button></form>");
    }

    private static void input(Html h, String name, String label, String value) {
        h.raw("<label>").text(label).raw(" <input name=\"").raw(name).raw("\" size=\"10\" value=\"").text(value)
                .raw("\"></label>");
    }

    private static Map<String, Object> chart(RevenuePlan plan) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of("orders closing", "qualified leads needed")));
        option.put("xAxis", Map.of("type", "category", "data", plan.months().stream().map(m -> m.month().toString())
                .toList()));
        option.put("yAxis", List.of(Map.of("type", "value", "name", "orders"), Map.of("type", "value", "name", "leads")));
        option.put("series", List.of(
                Map.of("name", "orders closing", "type", "bar", "data", plan.months().stream().map(MonthPlan::orders).toList()),
                Map.of("name", "qualified leads needed", "type", "line", "yAxisIndex", 1,
                        "data", plan.months().stream().map(MonthPlan::qualifiedLeads).toList())));
        return option;
    }
}
