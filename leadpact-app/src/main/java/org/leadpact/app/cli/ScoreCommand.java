package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.lead.LeadFile;
import org.leadpact.app.lead.LeadFileReader;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;
import org.leadpact.qualification.Qualification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact score}: replays one lead's history through the engine under an agreement and
 * prints its stage, score, band, verdict and the explanation behind each.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score and qualify one lead (a lead file, see docs/lead-file.md) under an agreement.")
final class ScoreCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--agreement", required = true, paramLabel = "FILE", description = "Agreement file (YAML).")
    Path agreementFile;

    @Option(names = "--lead", required = true, paramLabel = "LEAD.json", description = "Lead file (JSON).")
    Path leadFile;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Score as of this instant (ISO-8601, e.g. 2027-02-01T12:00:00Z); default: now. "
                    + "Only events up to it count.")
    String at;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant instant;
        try {
            instant = at == null ? Instant.now() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            err.println("--at: '" + at + "' is not an instant like 2027-02-01T12:00:00Z");
            err.flush();
            return LeadPactCli.INVALID_INPUT;
        }
        Agreement agreement = AgreementCommand.readOrReport(agreementFile, err);
        LeadFile lead;
        try {
            lead = LeadFileReader.read(leadFile);
        } catch (IOException e) {
            err.println(leadFile + ": cannot read: " + e.getMessage());
            err.flush();
            return LeadPactCli.INVALID_INPUT;
        }
        lead.problems().forEach(p -> err.println(new FileProblem(leadFile.toString(), p.line(), p.path(), p.message())));
        if (agreement == null || !lead.valid()) {
            err.flush();
            return LeadPactCli.INVALID_INPUT;
        }
        LeadEngine engine = new LeadEngine(agreement);
        Replay.Result replay = Replay.run(engine, lead.id(), lead.commands());
        LeadState asOf = replay.state().asOf(instant);
        Qualification q = engine.qualifier().assess(asOf, instant);
        List<LeadReport.Refused> refused = replay.refusals().stream()
                .filter(r -> !r.command().at().isAfter(instant))
                .map(r -> new LeadReport.Refused(lead.source(r.index()), r.rejection())).toList();
        LeadReport report = new LeadReport(agreement, asOf, q, refused, instant);
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report.toJson()));
        } else {
            report.printText(out);
        }
        out.flush();
        return 0;
    }
}
