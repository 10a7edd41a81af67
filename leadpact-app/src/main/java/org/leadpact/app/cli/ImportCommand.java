package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.csv.Utf8;
import org.leadpact.app.exchange.ImportSummary;
import org.leadpact.app.exchange.Join;
import org.leadpact.app.exchange.JoinedTable;
import org.leadpact.app.exchange.LeadImport;
import org.leadpact.app.exchange.Mapping;
import org.leadpact.app.exchange.MappingFile;
import org.leadpact.app.exchange.MappingReader;
import org.leadpact.app.exchange.RowOutcome;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LogScan;
import org.leadpact.app.service.RoutingDesk;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact import}: leads and their activities from a CSV file, row by row through the active
 * agreement. Everything that can be checked before a row is stored is checked first (mapping, header,
 * encoding, agreement), so a wrong command imports nothing; after that a bad row is reported and skipped.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import leads and their activities from a CSV file (see docs/import-export.md). Exit code 3 "
                + "when some rows were rejected.")
final class ImportCommand implements Callable<Integer> {
    /** Exit code when the import ran but rejected some rows. */
    static final int ROWS_REJECTED = 3;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file (UTF-8, header row first).")
    Path csv;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Mapping file (YAML); without it each column is the attribute of its name.")
    Path mappingFile;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Option(names = "--agreement", paramLabel = "FILE",
            description = "Upload this agreement if its version is new, and activate it if no version is active.")
    Path agreement;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected row here (CSV), with "
            + "its line and reasons.")
    Path rejectsFile;

    @CommandLine.Mixin
    ProgressOption progress = new ProgressOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path file : new Path[] {csv, mappingFile, agreement}) {
            if (file != null && !Files.isReadable(file)) {
                throw new IllegalArgumentException(file + ": cannot read (no such file?)");
            }
        }
        int rows = countRows(err);
        Checked checked = rows < 0 ? null : checkedMapping(err);
        if (checked == null) {
            return LeadPactCli.INVALID_INPUT;
        }
        Clock clock = Clock.systemUTC();
        try (Database database = db.open()) {
            Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database), clock);
            if (agreement != null) {
                AgreementOption.adopt(agreements, agreement, "import --agreement", false, out, err);
            }
            String version = agreements.active().map(a -> a.version()).orElseThrow(() -> new IllegalArgumentException(
                    "no agreement is active: pass --agreement FILE (signed by both sides), or activate one through "
                            + "the API; nothing was imported"));
            Leads leads = new Leads(new LeadStore(database), new VisitorInbox(database), agreements,
                    new AuditLog(database), clock, Metrics.NONE, new RoutingDesk(new DirectoryStore(database),
                    new LogScan(database), agreements));
            long started = System.nanoTime();
            ImportSummary summary = importRows(new LeadImport(database, leads, "import " + csv.getFileName()),
                    checked, clock.instant(), rows, err);
            printSummary(out, summary, System.nanoTime() - started, version, checked.mapping().lifecycle() != null);
            return summary.rejected() == 0 ? 0 : ROWS_REJECTED;
        }
    }

    private ImportSummary importRows(LeadImport leadImport, Checked checked, Instant importedAt, int rows,
                                     PrintWriter err) throws IOException {
        ImportSummary summary = new ImportSummary();
        Progress bar = new Progress(err, rows, progress.shown(), System::nanoTime);
        try (CsvTable table = CsvTable.open(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
             RejectReport rejects = new RejectReport(csv, table.header(), rejectsFile, bar)) {
            leadImport.run(table, checked.mapping(), checked.joined(), importedAt, outcome -> {
                summary.add(outcome);
                rejects.report(outcome);
                bar.update(summary.rows());
            });
            rejects.finish(summary.rejected());
        }
        return summary;
    }

    /** A mapping checked against the file, and the files it joins, read. */
    private record Checked(Mapping mapping, List<JoinedTable> joined) {
    }

    /** The mapping, checked against the file's header and its joined files; null after printing its problems. */
    private Checked checkedMapping(PrintWriter err) throws IOException {
        List<String> header;
        try (CsvTable table = CsvTable.open(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            header = table.header();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(csv + ": " + e.getMessage());
        }
        if (mappingFile == null) {
            return new Checked(Mapping.identity(header), List.of());
        }
        MappingFile read = MappingReader.read(mappingFile);
        List<FileProblem> problems = new ArrayList<>(read.problems());
        List<JoinedTable> joined = new ArrayList<>();
        if (read.valid()) {
            List<String> columns = new ArrayList<>(header);
            Path beside = csv.toAbsolutePath().getParent();
            for (Join join : read.mappingOrNull().joins()) {
                JoinedTable table = JoinedTable.read(join, beside, mappingFile.toString(), problems);
                if (table != null) {
                    joined.add(table);
                    columns.addAll(table.columns());
                }
            }
            problems.addAll(read.problemsWith(columns, csv.getFileName().toString()
                    + joined.stream().map(t -> " + " + t.fileName()).collect(Collectors.joining())));
        }
        problems.forEach(err::println);
        err.flush();
        return problems.isEmpty() ? new Checked(read.mappingOrNull(), joined) : null;
    }

    /** The number of rows; -1 after reporting that the file is not UTF-8. */
    private int countRows(PrintWriter err) throws IOException {
        int badLine = Utf8.firstInvalidLine(csv);
        if (badLine > 0) {
            err.println(csv + ":" + badLine + ": the file is not UTF-8 (save it as UTF-8); nothing was imported");
            err.flush();
            return -1;
        }
        int records = 0;
        try (CsvReader reader = new CsvReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            while (reader.next() != null) {
                records++;
            }
        }
        return Math.max(0, records - 1);
    }

    private void printSummary(PrintWriter out, ImportSummary s, long nanos, String version, boolean lifecycle) {
        out.printf(Locale.ROOT, "%s: %,d rows in %.1f s (%,d rows/s) under agreement v%s%n", csv.getFileName(),
                s.rows(), nanos / 1e9, Progress.rate(s.rows(), nanos), version);
        line(out, "leads created", s.leads(RowOutcome.Lead.CREATED));
        line(out, "leads merged", s.leads(RowOutcome.Lead.MERGED));
        line(out, "rows already imported", s.leads(RowOutcome.Lead.ALREADY_IMPORTED));
        line(out, "activities recorded", s.activitiesRecorded());
        line(out, "activities already there", s.activitiesAlreadyThere());
        if (lifecycle) {
            line(out, "lifecycle steps recorded", s.stepsRecorded());
            line(out, "steps already there", s.stepsAlreadyThere());
        }
        line(out, "rows rejected", s.rejected());
        if (!s.notes().isEmpty()) {
            out.println("notes (rows imported, with what was done about their data):");
            for (ImportSummary.Note n : s.notes()) {
                out.printf(Locale.ROOT, "  %s: %,d row%s (line%s %s%s)%n", n.text(), n.rows(), n.rows() == 1 ? "" : "s",
                        n.rows() == 1 ? "" : "s", n.firstLines().stream().map(String::valueOf)
                                .collect(Collectors.joining(", ")), n.rows() > n.firstLines().size() ? ", ..." : "");
            }
        }
        out.flush();
    }

    private static void line(PrintWriter out, String label, int count) {
        out.printf(Locale.ROOT, "  %-26s%,10d%n", label, count);
    }
}
