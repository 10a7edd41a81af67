package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.sla.ClockTable;
import org.leadpact.app.sla.LostCycles;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.simulation.BulkLoader;
import org.leadpact.app.simulation.SimulatedLead;
import org.leadpact.app.simulation.Simulation;
import org.leadpact.app.simulation.SimulationConfig;
import org.leadpact.app.simulation.SimulationSummary;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact simulate}: a seeded simulated company's history, loaded into the store in bulk. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a company's leads and load them into the database (see docs/simulation.md).")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", description = "Seed: the same seed and size give the same events "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--leads", defaultValue = "20000", description = "Leads arriving over the span (default: "
            + "${DEFAULT-VALUE}).")
    int leads;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the span (default: --months before "
            + "today, so the history ends today).")
    LocalDate from;

    @Option(names = "--months", defaultValue = "12", description = "Length of the span (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--reps", defaultValue = "250", description = "Sales reps in six teams (default: ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--agreement", paramLabel = "FILE", description = "Decide under this agreement instead of the "
            + "simulation agreement shipped with LeadPact (it must cover the span).")
    Path agreement;

    @Option(names = "--dry-run", description = "Generate and count the events without loading them.")
    boolean dryRun;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String document = agreement == null ? Simulation.agreementDocument()
                : Files.readString(agreement, StandardCharsets.UTF_8);
        Agreement decidedUnder = AgreementFileReader.parse(agreement == null ? "simulation/agreement.yaml"
                : agreement.toString(), document).orThrow();
        LocalDate start = from != null ? from : LocalDate.now(ZoneOffset.UTC).minusMonths(months);
        SimulationConfig config = SimulationConfig.of(seed, leads, start, months).withReps(reps);
        Simulation simulation = new Simulation(config, decidedUnder, null);
        out.printf(Locale.ROOT, "simulating %,d leads from %s for %d months (seed %d, %d reps) under agreement v%s%n",
                leads, start, months, seed, simulation.company().reps().size(), decidedUnder.version());
        out.flush();
        SimulationSummary summary = new SimulationSummary();
        Progress bar = new Progress(spec.commandLine().getErr(), leads, Progress.onTerminal(), System::nanoTime, "leads");
        int[] done = {0};
        long started = System.nanoTime();
        try (Stream<SimulatedLead> stream = simulation.stream().peek(lead -> {
            summary.add(lead);
            bar.update(++done[0]);
        })) {
            if (dryRun) {
                stream.forEach(lead -> { });
            } else {
                try (Database database = db.open()) {
                    Agreements agreements = adopt(database, document, out);
                    BulkLoader.load(database, List.of(clockTable(database, agreements)), stream);
                }
            }
        }
        bar.finish();
        long nanos = System.nanoTime() - started;
        out.print(summary.describe());
        out.printf(Locale.ROOT, "%s %,d events in %.1f s: %,.0f events/s%n", dryRun ? "generated" : "generated and loaded",
                summary.events(), nanos / 1e9, summary.events() * 1e9 / nanos);
        return 0;
    }

    /**
     * The SLA clock table a server keeps, so the loaded leads' clocks are written with them (as the
     * demo's are) and compliance is known before any server has run.
     */
    private static ClockTable clockTable(Database database, Agreements agreements) {
        Clock clock = Clock.systemUTC();
        return new ClockTable(database, new SlaContexts(agreements, new DirectoryStore(database),
                new LostCycles(database), clock), clock);
    }

    /** The events are decided under this agreement: store it, and make it active if none is. */
    private Agreements adopt(Database database, String document, PrintWriter out) {
        Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database), Clock.systemUTC());
        Agreements.Adoption adoption = agreements.adopt(document, "simulate", false);
        String version = adoption.agreement().version();
        out.println(adoption.activated() ? "activated agreement v" + version : adoption.whyNotActive()
                .map(why -> "agreement v" + version + " is stored but not active: " + why).orElse("agreement v"
                        + version + " is active"));
        out.flush();
        return agreements;
    }
}
