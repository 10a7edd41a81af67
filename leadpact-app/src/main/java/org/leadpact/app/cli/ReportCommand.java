package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.app.reports.FactIndex;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.reports.ReportOutput;
import org.leadpact.app.reports.ReportQuery;
import org.leadpact.app.reports.Teams;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadStore;
import org.leadpact.reports.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leadpact report NAME}: one of the reports over the database's leads, for people or other programs. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a report: funnel, sources, aging, aging-leads, opportunities, tiers or lead-value "
                + "(see docs/reports.md).")
final class ReportCommand implements Callable<Integer> {
    enum Format { TABLE, JSON, CSV }

    private static final Map<String, ReportQuery.Kind> NAMES = Map.of("funnel", ReportQuery.Kind.FUNNEL,
            "sources", ReportQuery.Kind.SOURCES, "aging", ReportQuery.Kind.AGING, "aging-leads",
            ReportQuery.Kind.AGING_LEADS, "opportunities", ReportQuery.Kind.OPPORTUNITIES, "tiers",
            ReportQuery.Kind.TIERS, "lead-value", ReportQuery.Kind.LEAD_VALUE);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Parameters(index = "0", paramLabel = "REPORT",
            description = "funnel, sources, aging, aging-leads, opportunities, tiers or lead-value.")
    String name;

    @Option(names = "--period", paramLabel = "P", description = "A year (2027), quarter (2027-Q1) or month (2027-03).")
    String period;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (2027-01-01) or instant of the period.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (included) or instant (excluded) of the period.")
    String to;

    @Option(names = "--by", paramLabel = "D", description = "Group sources by source, campaign, offer, landingPage or "
            + "segment; lead value by source or offer.")
    String by;

    @Option(names = "--team", paramLabel = "T", description = "Only leads of this team's reps.")
    String team;

    @Option(names = "--rep", paramLabel = "R", description = "Only leads last assigned to this rep.")
    String rep;

    @Option(names = "--source", paramLabel = "S", description = "Only leads from this source.")
    String source;

    @Option(names = "--campaign", paramLabel = "C", description = "Only leads of this campaign.")
    String campaign;

    @Option(names = "--segment", paramLabel = "S", description = "Only leads of this segment.")
    String segment;

    @Option(names = "--offer", paramLabel = "O", description = "Only leads of this offer.")
    String offer;

    @Option(names = "--landing-page", paramLabel = "L", description = "Only leads of this landing page.")
    String landingPage;

    @Option(names = "--bucket", paramLabel = "B", description = "aging-leads: no-activity, 0-7, 8-15, 16-30, 31-60, "
            + "61-120 or over-120.")
    String bucket;

    @Option(names = "--limit", paramLabel = "N", description = "tiers, opportunities, aging-leads: list at most N "
            + "customers, stale opportunities or leads (default 100).")
    String limit;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Judge aging and stale opportunities at this instant "
            + "(default: now).")
    Instant at;

    @Option(names = "--format", paramLabel = "F", description = "table (default), json or csv.")
    Format format = Format.TABLE;

    @Override
    public Integer call() {
        ReportQuery.Kind kind = NAMES.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("no report '" + name + "': use one of " + new java.util.TreeSet<>(NAMES.keySet()));
        }
        try (Database database = db.open()) {
            Teams teams = Teams.of(new DirectoryStore(database).snapshot());
            ReportQuery query = ReportQuery.parse(kind, params(), teams);
            LeadStore store = new LeadStore(database);
            MarketingSla sla = new AgreementStore(database).active().map(a -> Agreements.agreement(a).marketingSla())
                    .orElse(MarketingSla.DEFAULT);
            Report report = new ReportBook(new FactIndex(store).load(), teams).run(query,
                    at == null ? Instant.now() : at, sla);
            PrintWriter out = spec.commandLine().getOut();
            out.print(switch (format) {
                case JSON -> ReportOutput.json(report) + "\n";
                case CSV -> ReportOutput.csv(report);
                case TABLE -> ReportOutput.table(report);
            });
            out.flush();
        }
        return 0;
    }

    /** The options given, by the names the HTTP API uses for them. */
    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "period", period);
        put(p, "from", from);
        put(p, "to", to);
        put(p, "by", by);
        put(p, "team", team);
        put(p, "rep", rep);
        put(p, "source", source);
        put(p, "campaign", campaign);
        put(p, "segment", segment);
        put(p, "offer", offer);
        put(p, "landingPage", landingPage);
        put(p, "bucket", bucket);
        put(p, "limit", limit);
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
