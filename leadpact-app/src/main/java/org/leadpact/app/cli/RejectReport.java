package org.leadpact.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadpact.app.csv.CsvWriter;
import org.leadpact.app.exchange.RowOutcome;

/**
 * The rows an import rejected: the first {@value #SHOWN} on standard error as
 * {@code FILE:LINE: rejected: REASONS}, and every one in the {@code --rejects} file when there is one,
 * as CSV: {@code line}, {@code reasons}, then the row's own columns, so it can be fixed and imported again.
 */
final class RejectReport implements AutoCloseable {
    static final int SHOWN = 100;

    private final Path csv;
    private final Path file;
    private final Progress bar;
    private final BufferedWriter writer;
    private final CsvWriter rows;
    private int reported;

    /** @param file where to write every rejected row, or null */
    RejectReport(Path csv, List<String> header, Path file, Progress bar) throws IOException {
        this.csv = csv;
        this.file = file;
        this.bar = bar;
        this.writer = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.rows = writer == null ? null : new CsvWriter(writer);
        if (rows != null) {
            List<String> columns = new ArrayList<>(List.of("line", "reasons"));
            columns.addAll(header);
            rows.write(columns);
        }
    }

    void report(RowOutcome outcome) {
        if (!outcome.rejected()) {
            return;
        }
        String reasons = String.join("; ", outcome.reasons());
        if (reported++ < SHOWN) {
            bar.println(csv + ":" + outcome.line() + ": rejected: " + reasons);
        }
        if (rows != null) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(outcome.line()), reasons));
            row.addAll(outcome.fields());
            try {
                rows.write(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Says how many were not shown, and leaves the progress bar finished. */
    void finish(int rejected) {
        if (rejected > SHOWN) {
            bar.println(String.format(Locale.ROOT, "... and %,d more rejected row(s) %s", rejected - SHOWN,
                    file == null ? "(--rejects FILE lists them all)" : "(all of them are in " + file + ")"));
        }
        bar.finish();
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
