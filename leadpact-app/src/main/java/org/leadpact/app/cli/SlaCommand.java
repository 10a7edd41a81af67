package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadpact.app.csv.CsvWriter;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.sla.ComplianceReports;
import org.leadpact.app.sla.ComplianceView;
import org.leadpact.app.sla.LostCycles;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadStore;
import org.leadpact.sla.Compliance;
import org.leadpact.sla.ComplianceReport;
import org.leadpact.sla.ReportPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact sla report}: the SLA compliance of a period, both sides, from the stored leads. */
@Command(name = "sla", mixinStandardHelpOptions = true, description = "SLA clocks: the compliance report.",
        subcommands = {SlaCommand.Report.class})
final class SlaCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Per rep (or team): share of clocks met, first follow-up median and p90 in business minutes, "
                    + "touches per lead, breaches; marketing: delivered vs quota, within target, accepted; side by side.")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        DatabaseOption db = new DatabaseOption();

        @Option(names = "--period", paramLabel = "P", description = "2027-03, 2027-Q1, 2027-W10 or 2027.")
        String period;

        @Option(names = "--from", paramLabel = "DATE", description = "First day (with --to), e.g. 2027-03-01.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day, included.")
        LocalDate to;

        @Option(names = "--by", paramLabel = "rep|team", defaultValue = "rep", description = "Group sales by rep or team.")
        String by;

        @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
                description = "table (default), json or csv.")
        String format;

        @Option(names = "--at", paramLabel = "INSTANT",
                description = "Judge the clocks as they stood at this instant (default: now), e.g. 2027-04-01T00:00:00Z.")
        java.time.Instant at;

        @Override
        public Integer call() throws IOException {
            ReportPeriod p = ReportPeriod.of(period, from, to);
            Compliance.By grouping = switch (by) {
                case "rep" -> Compliance.By.REP;
                case "team" -> Compliance.By.TEAM;
                default -> throw new IllegalArgumentException("--by: '" + by + "' is not rep or team");
            };
            if (!List.of("table", "json", "csv").contains(format)) {
                throw new IllegalArgumentException("--format: '" + format + "' is not table, json or csv");
            }
            Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, java.time.ZoneOffset.UTC);
            try (Database database = db.open()) {
                Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database), clock);
                DirectoryStore directory = new DirectoryStore(database);
                SlaContexts contexts = new SlaContexts(agreements, directory, new LostCycles(database), clock);
                ComplianceReport r;
                try {
                    r = new ComplianceReports(database, new LeadStore(database), contexts, directory, clock).report(p, grouping);
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
                print(r, spec.commandLine().getOut());
            }
            return 0;
        }

        private void print(ComplianceReport r, PrintWriter out) throws IOException {
            switch (format) {
                case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(ComplianceView.of(r)));
                case "csv" -> {
                    CsvWriter csv = new CsvWriter(out);
                    for (List<String> row : ComplianceView.rows(r)) {
                        csv.write(row);
                    }
                    csv.flush();
                }
                default -> ComplianceTable.print(r, out);
            }
            out.flush();
        }
    }
}
