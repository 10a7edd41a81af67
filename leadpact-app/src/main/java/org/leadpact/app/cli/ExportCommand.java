package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.leadpact.app.exchange.LeadExport;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact export}: the leads as CSV, for a spreadsheet or another system. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the leads as CSV (see docs/import-export.md).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (UTF-8); default: standard output.")
    Path outFile;

    @Option(names = "--stage", paramLabel = "S", description = "Only leads in this stage (new, nurture, mql, ...).")
    String stage;

    @Override
    public Integer call() throws IOException {
        if (stage != null && Arrays.stream(Stage.values()).noneMatch(s -> s.code().equals(stage))) {
            throw new IllegalArgumentException("--stage: '" + stage + "' is not a stage ("
                    + String.join(", ", Arrays.stream(Stage.values()).map(Stage::code).toList()) + ")");
        }
        try (Database database = db.open()) {
            LeadExport export = new LeadExport(new LeadStore(database));
            if (outFile == null) {
                LeadExport.Exported done = export.write(stage, spec.commandLine().getOut());
                report(spec.commandLine().getErr(), done, "standard output");
                return 0;
            }
            // Written beside the target and moved over it at the end: a failed export leaves no half file.
            Path partial = outFile.resolveSibling(outFile.getFileName() + ".partial");
            LeadExport.Exported done;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                done = export.write(stage, writer);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            report(spec.commandLine().getOut(), done, outFile.toString());
            return 0;
        }
    }

    private void report(PrintWriter to, LeadExport.Exported done, String where) {
        to.printf(Locale.ROOT, "exported %,d lead(s)%s with %,d attribute column(s) to %s%n", done.leads(),
                stage == null ? "" : " in stage " + stage, done.attributeColumns(), where);
        to.flush();
    }
}
