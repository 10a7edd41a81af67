package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.app.agreement.AgreementFile;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.EventCodec;
import org.leadpact.app.store.LogScan;
import org.leadpact.app.view.LeadReport;
import org.leadpact.routing.Directory;
import org.leadpact.routing.DryRun;
import org.leadpact.routing.Fairness;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact route --dry-run --from DATE --to DATE [--agreement FILE]}: replays the period's
 * qualified leads from the log under the active (or a proposed) agreement's routing and the directory
 * as it stands, and prints who would have received how many, with fairness figures. Nothing is written.
 */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = "Replay a period's qualified leads under the current or a proposed routing (dry run).")
final class RouteCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();
    @Option(names = "--dry-run", required = true, description = "Required: routing is replayed, never changed.")
    boolean dryRun;
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (UTC), e.g. 2027-03-01.")
    LocalDate from;
    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (UTC), inclusive.")
    LocalDate to;
    @Option(names = "--agreement", paramLabel = "FILE", description = "A proposed agreement (default: the active one).")
    Path agreementFile;
    @Option(names = "--json", description = "JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = db.open()) {
            Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database),
                    Clock.systemUTC());
            Agreement agreement = agreementFile != null ? proposed() : agreements.active().map(Agreements::agreement)
                    .orElseThrow(() -> new IllegalArgumentException("no agreement is active: pass --agreement FILE"));
            Directory directory = new DirectoryStore(database).snapshot();
            List<DryRun.Logged> log = new LogScan(database).after(0, List.copyOf(EventCodec.typeNames())).stream()
                    .map(l -> new DryRun.Logged(l.leadId(), l.event())).toList();
            Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
            List<DryRun.Routed> routed = DryRun.replay(agreement, v -> agreements.version(v).map(Agreement::routing)
                    .orElse(Routing.NONE), directory, log, start, end);
            Fairness fairness = Fairness.of(routed, agreement.routing(), directory);
            Map<String, Object> report = report(agreement, routed, fairness);
            if (json) {
                out.println(JsonOut.write(report));
            } else {
                print(out, agreement, routed, fairness);
            }
            out.flush();
        }
        return 0;
    }

    private Agreement proposed() throws IOException {
        AgreementFile file = AgreementFileReader.read(agreementFile);
        if (!file.valid()) {
            file.problems().forEach(p -> spec.commandLine().getErr().println(p));
            spec.commandLine().getErr().flush();
            throw new IllegalArgumentException(agreementFile + " is not a valid agreement");
        }
        return file.orThrow();
    }

    private Map<String, Object> report(Agreement a, List<DryRun.Routed> routed, Fairness fairness) {
        Map<String, Long> clauses = new TreeMap<>();
        routed.forEach(r -> clauses.merge(r.clause() == null ? "not routed" : r.clause(), 1L, Long::sum));
        return LeadReport.ordered("agreement", LeadReport.ordered("name", a.name(), "version", a.version()),
                "from", from.toString(), "to", to.toString(), "qualified", routed.size(),
                "routed", routed.stream().filter(r -> r.rep() != null).count(), "byClause", clauses,
                "reps", fairness.reps().stream().map(s -> LeadReport.ordered("team", s.team(), "rep", s.rep(),
                        "leads", s.leads(), "share", round(s.share()), "weightShare", round(s.weightShare()),
                        "deviation", round(s.deviation()))).toList(),
                "maxDeviation", round(fairness.maxDeviation()), "worstTeam", fairness.worstTeam(),
                "decisions", routed.stream().map(r -> LeadReport.ordered("lead", r.lead(), "at", r.at().toString(),
                        "rep", r.rep(), "clause", r.clause(), "why", r.why())).toList());
    }

    private void print(PrintWriter out, Agreement a, List<DryRun.Routed> routed, Fairness fairness) {
        long routedCount = routed.stream().filter(r -> r.rep() != null).count();
        out.printf("Dry run of \"%s\" v%s from %s to %s: %d qualified lead(s), %d routed, %d not routed%n", a.name(),
                a.version(), from, to, routed.size(), routedCount, routed.size() - routedCount);
        out.printf("  %-16s %-16s %6s %8s %13s %10s%n", "team", "rep", "leads", "share", "weight share", "deviation");
        for (Fairness.RepShare s : fairness.reps()) {
            out.printf("  %-16s %-16s %6d %7.1f%% %12.1f%% %+9.1f%n", s.team() == null ? "(no team)" : s.team(),
                    s.rep(), s.leads(), s.share(), s.weightShare(), s.deviation());
        }
        out.printf("Max deviation from the weights: %.1f percentage points%s%n", fairness.maxDeviation(),
                fairness.worstTeam() == null ? "" : " (team " + fairness.worstTeam() + ")");
        routed.stream().filter(r -> r.rep() == null).forEach(r -> out.printf("Not routed: %s at %s: %s%n", r.lead(),
                r.at(), r.why()));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
