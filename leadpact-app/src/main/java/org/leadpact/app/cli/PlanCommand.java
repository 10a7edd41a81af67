package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadpact.app.planning.StoreHistory;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.planning.MonthPlan;
import org.leadpact.planning.OrderHistory;
import org.leadpact.planning.RevenueGoal;
import org.leadpact.planning.RevenuePlan;
import org.leadpact.planning.ReverseFunnel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact plan}: the reverse funnel, from a revenue goal to the qualified leads each month of
 * the year must bring in; {@code plan leads} is the basic agreement's raw lead goal.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanLeadsCommand.class,
        description = "Qualified leads needed per month for a revenue goal (see docs/planning.md).")
final class PlanCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--revenue-goal", paramLabel = "AMOUNT", description = "The year's revenue goal.")
    String revenueGoal;

    @Option(names = "--order-size", paramLabel = "AMOUNT", description = "Average order size.")
    String orderSize;

    @Option(names = "--sales-cycle-months", paramLabel = "N",
            description = "Whole months from qualified lead to order (1 to 11).")
    String salesCycle;

    @Option(names = "--leads-per-order", paramLabel = "N", description = "Qualified leads it takes to win one order.")
    String leadsPerOrder;

    @Option(names = "--year", paramLabel = "YYYY", description = "The year to plan.")
    String year;

    @Option(names = "--from-history", description = "Take order size, sales cycle and leads per order from the "
            + "store's own won deals (flags given as well win).")
    boolean fromHistory;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Inputs inputs = fromHistory ? Inputs.fromHistory(this) : Inputs.fromFlags(this);
        RevenuePlan plan = ReverseFunnel.plan(inputs.goal());
        if (format == Format.json) {
            out.println(new ObjectMapper().writeValueAsString(json(plan, inputs)));
        } else {
            table(out, plan, inputs);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode json(RevenuePlan plan, Inputs inputs) {
        ObjectNode root = Json.object();
        root.put("ordersNeeded", plan.ordersNeeded());
        ArrayNode months = root.putArray("months");
        for (MonthPlan m : plan.months()) {
            months.addObject().put("month", m.month().toString()).put("orders", m.orders())
                    .put("qualifiedLeads", m.qualifiedLeads());
        }
        root.putObject("totals").put("orders", plan.totalOrders()).put("qualifiedLeads", plan.totalQualifiedLeads());
        if (inputs.history() != null) {
            root.set("inputs", inputs.json());
        }
        return root;
    }

    private static void table(PrintWriter out, RevenuePlan plan, Inputs inputs) {
        RevenueGoal g = plan.goal();
        out.printf(Locale.ROOT, "Plan for %d: revenue goal %s / order size %s = %s orders (rounded up)%n", g.year(),
                Numbers.shown(g.revenueGoal()), Numbers.shown(g.orderSize()), Numbers.shown(plan.ordersNeeded()));
        out.printf(Locale.ROOT, "sales cycle %d month%s, %s qualified leads per order%n", g.salesCycleMonths(),
                g.salesCycleMonths() == 1 ? "" : "s", Numbers.shown(g.leadsPerOrder()));
        inputs.describe(out);
        out.println();
        TextTable t = new TextTable("month", "orders", "qualified leads");
        plan.months().forEach(m -> t.row(m.month(), Numbers.shown(m.orders()), Numbers.shown(m.qualifiedLeads())));
        t.row("total", Numbers.shown(plan.totalOrders()), Numbers.shown(plan.totalQualifiedLeads()));
        t.print(out);
        out.println();
        out.printf(Locale.ROOT, "Orders close from month %d on, spread as evenly as whole orders allow, the remainder "
                + "in the last months.%nA month's qualified leads = the orders due %d month%s later x leads per order, "
                + "rounded up; 0 where those orders would close after %d.%n", g.salesCycleMonths() + 1,
                g.salesCycleMonths(), g.salesCycleMonths() == 1 ? "" : "s", g.year());
    }

    /** The goal as given, and where each figure came from when the history gave some. */
    record Inputs(RevenueGoal goal, OrderHistory history, boolean sizeFlag, boolean cycleFlag, boolean perOrderFlag) {
        static Inputs fromFlags(PlanCommand c) {
            String missing = c.revenueGoal == null ? "--revenue-goal" : c.orderSize == null ? "--order-size"
                    : c.salesCycle == null ? "--sales-cycle-months" : c.leadsPerOrder == null ? "--leads-per-order"
                    : null;
            if (missing != null) {
                throw new IllegalArgumentException("plan: " + missing + " is needed (or --from-history for order size, "
                        + "sales cycle and leads per order)");
            }
            return new Inputs(c.goal(Numbers.decimal("--order-size", c.orderSize),
                    Numbers.whole("--sales-cycle-months", c.salesCycle),
                    Numbers.decimal("--leads-per-order", c.leadsPerOrder)), null, true, true, true);
        }

        static Inputs fromHistory(PlanCommand c) {
            if (c.revenueGoal == null) {
                throw new IllegalArgumentException("plan: --revenue-goal is needed");
            }
            OrderHistory h;
            try (Database database = c.db.open()) {
                h = StoreHistory.orders(new LeadStore(database)).orElseThrow(() -> new IllegalArgumentException(
                        "plan --from-history: the store at " + c.db.resolved() + " holds no won deal, so it gives no "
                                + "order size, sales cycle or leads per order; give them as flags"));
            }
            if (c.salesCycle == null && h.salesCycleMonths() == 0) {
                throw new IllegalArgumentException("plan --from-history: no won deal has an MQL before it, so the "
                        + "history gives no sales cycle; give --sales-cycle-months");
            }
            if (c.leadsPerOrder == null && h.mqls() == 0) {
                throw new IllegalArgumentException("plan --from-history: the history holds no MQL, so it gives no "
                        + "leads per order; give --leads-per-order");
            }
            BigDecimal size = c.orderSize != null ? Numbers.decimal("--order-size", c.orderSize) : h.orderSize();
            int cycle = c.salesCycle != null ? Numbers.whole("--sales-cycle-months", c.salesCycle)
                    : h.salesCycleMonths();
            BigDecimal perOrder = c.leadsPerOrder != null ? Numbers.decimal("--leads-per-order", c.leadsPerOrder)
                    : h.leadsPerOrder();
            return new Inputs(c.goal(size, cycle, perOrder), h, c.orderSize != null, c.salesCycle != null,
                    c.leadsPerOrder != null);
        }

        void describe(PrintWriter out) {
            if (history == null) {
                return;
            }
            out.println(sizeFrom());
            out.println(cycleFrom());
            out.println(perOrderFrom());
        }

        String sizeFrom() {
            return "order size: " + (sizeFlag ? "from --order-size" : "from history: mean of " + Numbers.shown(history.won())
                    + " won deals (" + Numbers.shown(history.wonValue()) + " won in all)");
        }

        String cycleFrom() {
            return "sales cycle: " + (cycleFlag ? "from --sales-cycle-months" : "from history: median "
                    + Numbers.shown(history.medianDaysToWin()) + " days from MQL to won over "
                    + Numbers.shown(history.timedWins()) + " won deals, in months of 30.4375 days rounded up");
        }

        String perOrderFrom() {
            return "leads per order: " + (perOrderFlag ? "from --leads-per-order" : "from history: "
                    + Numbers.shown(history.mqls()) + " MQLs / " + Numbers.shown(history.won())
                    + " won deals, to two decimals, of " + Numbers.shown(history.leads()) + " leads");
        }

        ObjectNode json() {
            ObjectNode inputs = Json.object();
            inputs.putObject("orderSize").put("value", goal.orderSize()).put("from", sizeFrom());
            inputs.putObject("salesCycleMonths").put("value", goal.salesCycleMonths()).put("from", cycleFrom());
            inputs.putObject("leadsPerOrder").put("value", goal.leadsPerOrder()).put("from", perOrderFrom());
            ObjectNode h = inputs.putObject("history").put("leads", history.leads()).put("mqls", history.mqls())
                    .put("won", history.won()).put("wonValue", history.wonValue())
                    .put("timedWins", history.timedWins());
            h.put("medianDaysToWin", history.medianDaysToWin());
            return inputs;
        }
    }

    private RevenueGoal goal(BigDecimal size, int cycle, BigDecimal perOrder) {
        if (year == null) {
            throw new IllegalArgumentException("plan: --year is needed (the year to plan, e.g. --year 2027)");
        }
        return new RevenueGoal(Numbers.decimal("--revenue-goal", revenueGoal), size, cycle, perOrder,
                Numbers.whole("--year", year));
    }
}
