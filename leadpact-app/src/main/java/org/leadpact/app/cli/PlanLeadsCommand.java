package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadpact.planning.BookingsGoal;
import org.leadpact.planning.LeadGoal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact plan leads}: the raw lead goal of the basic agreement, for the year and a month. */
@Command(name = "leads", mixinStandardHelpOptions = true,
        description = "Deals, opportunities and leads needed for a bookings goal (see docs/planning.md).")
final class PlanLeadsCommand implements Callable<Integer> {
    /** How each figure is rounded, printed with it. */
    static final Map<String, String> DEFINITIONS = Map.of(
            "deals", "bookings goal / average price, rounded up to a whole deal",
            "opportunities", "deals / opportunity-to-deal rate, rounded up to a whole opportunity",
            "leads", "opportunities / lead-to-opportunity rate, rounded up to a whole lead",
            "perMonth", "the year's figure / 12, rounded up (twelve months cover the year)");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--bookings-goal", required = true, paramLabel = "AMOUNT", description = "The year's bookings goal.")
    String bookingsGoal;

    @Option(names = "--average-price", required = true, paramLabel = "AMOUNT", description = "Average price of a deal.")
    String averagePrice;

    @Option(names = "--lead-to-opportunity", required = true, paramLabel = "SHARE",
            description = "Share of leads that become opportunities (0.10 for 10%).")
    String leadToOpportunity;

    @Option(names = "--opportunity-to-deal", required = true, paramLabel = "SHARE",
            description = "Share of opportunities that become deals (0.25 for 25%).")
    String opportunityToDeal;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    PlanCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LeadGoal plan = LeadGoal.of(new BookingsGoal(Numbers.decimal("--bookings-goal", bookingsGoal),
                Numbers.decimal("--average-price", averagePrice),
                Numbers.decimal("--lead-to-opportunity", leadToOpportunity),
                Numbers.decimal("--opportunity-to-deal", opportunityToDeal)));
        if (format == PlanCommand.Format.json) {
            ObjectNode root = Json.object();
            need(root.putObject("year"), plan.year());
            need(root.putObject("perMonth"), plan.perMonth());
            ObjectNode definitions = root.putObject("definitions");
            for (String key : new String[] {"deals", "opportunities", "leads", "perMonth"}) {
                definitions.put(key, DEFINITIONS.get(key));
            }
            out.println(new ObjectMapper().writeValueAsString(root));
        } else {
            BookingsGoal g = plan.goal();
            out.printf(Locale.ROOT, "Bookings goal %s at an average price of %s; %s of leads become opportunities, "
                    + "%s of opportunities deals%n%n", Numbers.shown(g.bookingsGoal()), Numbers.shown(g.averagePrice()),
                    Numbers.percent(g.leadToOpportunity()), Numbers.percent(g.opportunityToDeal()));
            new TextTable("needed", "per year", "per month")
                    .row("deals", Numbers.shown(plan.year().deals()), Numbers.shown(plan.perMonth().deals()))
                    .row("opportunities", Numbers.shown(plan.year().opportunities()),
                            Numbers.shown(plan.perMonth().opportunities()))
                    .row("leads", Numbers.shown(plan.year().leads()), Numbers.shown(plan.perMonth().leads()))
                    .print(out);
            out.println();
            for (String key : new String[] {"deals", "opportunities", "leads", "perMonth"}) {
                out.println((key.equals("perMonth") ? "per month" : key) + ": " + DEFINITIONS.get(key));
            }
        }
        out.flush();
        return 0;
    }

    private static void need(ObjectNode node, LeadGoal.Need need) {
        node.put("deals", need.deals()).put("opportunities", need.opportunities()).put("leads", need.leads());
    }
}
