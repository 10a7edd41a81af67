package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.backtest.BacktestRunner;
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.view.BacktestTable;
import org.leadpact.app.view.BacktestView;
import org.leadpact.backtest.BacktestPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact backtest}: a proposed agreement replayed over the log beside the baseline. Writes nothing. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Replay the event log under a proposed agreement and the baseline, and compare: MQLs per "
                + "month, leads added and dropped, precision and recall against real outcomes, quota, pipeline, "
                + "threshold advice. Nothing in the database changes.")
final class BacktestCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    enum Format { table, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Option(names = "--proposed", required = true, paramLabel = "FILE", description = "The proposed agreement (need not be signed).")
    Path proposed;

    @Option(names = "--baseline", defaultValue = Backtests.ACTIVE, paramLabel = "active|VERSION|FILE",
            description = "What to compare with: the active agreement (default), a stored version, or a file.")
    String baseline;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-01-01 (UTC).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, inclusive, e.g. 2026-06-30.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @CommandLine.Mixin
    ProgressOption progress = new ProgressOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BacktestPeriod period = Backtests.period(from, to);
        Agreement proposal = file(proposed, err);
        try (Database database = db.open()) {
            Backtests backtests = new Backtests(database, new Agreements(new AgreementStore(database),
                    new AuditLog(database), Clock.systemUTC()));
            Agreement base = Files.isRegularFile(Path.of(baseline)) ? file(Path.of(baseline), err)
                    : stored(backtests, baseline);
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            long total = backtests.events(period);
            Progress bar = new Progress(err, (int) Math.min(total, Integer.MAX_VALUE), progress.shown(), System::nanoTime,
                    "events");
            BacktestRunner.Run run = backtests.run(base, proposal, period, workers,
                    read -> bar.update((int) Math.min(read, Integer.MAX_VALUE)));
            bar.finish();
            out.print(format == Format.json ? JSON.writeValueAsString(BacktestView.toJson(run.report())) + "\n"
                    : BacktestTable.render(run.report()));
            err.printf(Locale.ROOT, "read %,d events of %,d leads in %.1f s (%,d events/s, %d thread(s)); "
                    + "nothing in the database changed%n", run.events(), run.report().leads(), run.nanos() / 1e9,
                    run.eventsPerSecond(), run.threads());
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static Agreement stored(Backtests backtests, String version) {
        try {
            return backtests.stored(version);
        } catch (Failure.NotFound | Failure.Refused e) {
            throw new IllegalArgumentException("--baseline " + version + ": " + e.getMessage()
                    + " (not a file either)");
        }
    }

    /** An agreement file; its problems go to {@code err} as FILE:LINE: PATH: MESSAGE. */
    private static Agreement file(Path path, PrintWriter err) throws IOException {
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(path + ": cannot read (no such file?)");
        }
        try {
            return Backtests.agreement(path.toString(), Files.readString(path, StandardCharsets.UTF_8), "");
        } catch (Failure.Invalid invalid) {
            invalid.problems().forEach(p -> err.println(path + ":" + p.line() + ": " + p.path() + ": " + p.message()));
            err.flush();
            throw new IllegalArgumentException(path + " is not a valid agreement (" + invalid.problems().size()
                    + " problem(s)); nothing was replayed");
        }
    }
}
