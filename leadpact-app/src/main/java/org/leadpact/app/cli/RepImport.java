package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.RepChange;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact rep import reps.csv}: adds or changes reps from a CSV file with a header of
 * id, name, email, team, timeZone, workingHours, active, webhook, holidays (only id is required; an empty cell keeps the
 * rep's value). A bad row is reported by its line and skipped; the others are saved.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Add or change reps from a CSV file.")
final class RepImport implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("id", "name", "email", "team", "timeZone", "workingHours", "active",
            "webhook", "holidays");

    @Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();
    @Parameters(paramLabel = "FILE", description = "The CSV file.")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int saved = 0;
        int rejected = 0;
        try (Database database = db.open();
             CsvTable table = CsvTable.open(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            List<String> unknown = table.header().stream().filter(c -> !COLUMNS.contains(c)).toList();
            if (!table.header().contains("id") || !unknown.isEmpty()) {
                throw new IllegalArgumentException(csv + ": the header needs an id column and knows only " + COLUMNS
                        + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
            }
            DirectoryStore directory = new DirectoryStore(database);
            for (CsvReader.Record record = table.next(); record != null; record = table.next()) {
                String problem = record.malformed() ? record.problem() : save(directory, table.row(record));
                if (problem == null) {
                    saved++;
                } else {
                    rejected++;
                    err.println(csv + ":" + record.line() + ": " + problem);
                }
            }
        }
        out.printf("%d rep(s) saved, %d row(s) rejected%n", saved, rejected);
        out.flush();
        err.flush();
        return rejected == 0 ? 0 : ImportCommand.ROWS_REJECTED;
    }

    /** Saves one row; the problem in words when it is bad. */
    private static String save(DirectoryStore directory, CsvTable.Row row) {
        String id = cell(row, "id");
        String active = cell(row, "active");
        if (id == null) {
            return "id: is required";
        }
        if (active != null && !active.equalsIgnoreCase("true") && !active.equalsIgnoreCase("false")) {
            return "active: '" + active + "' is not true or false";
        }
        RepChange change = new RepChange(id, cell(row, "name"), cell(row, "email"),
                active == null ? null : Boolean.valueOf(active.toLowerCase(java.util.Locale.ROOT)), cell(row, "team"),
                cell(row, "timeZone"), cell(row, "workingHours"), cell(row, "webhook"),
                cell(row, "holidays"));
        try {
            directory.save(change.applyTo(directory.rep(id)), java.time.Instant.now());
            return null;
        } catch (Failure.Invalid invalid) {
            return String.join("; ", invalid.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        }
    }

    private static String cell(CsvTable.Row row, String column) {
        String value = row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
