package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AgreementDiff;
import org.leadpact.app.agreement.AgreementFile;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.agreement.FileProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leadpact agreement check|diff}: validate agreement files and compare versions. */
@Command(name = "agreement", mixinStandardHelpOptions = true, description = "Check and compare agreement files.",
        subcommands = {AgreementCommand.Check.class, AgreementCommand.Diff.class})
final class AgreementCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads a file, printing its problems to stderr; null when it has any. */
    static Agreement readOrReport(Path file, PrintWriter err) {
        AgreementFile read;
        try {
            read = AgreementFileReader.read(file);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return null;
        }
        if (!read.valid()) {
            for (FileProblem p : read.problems()) {
                err.println(new FileProblem(file.toString(), p.line(), p.path(), p.message()));
            }
            return null;
        }
        return read.agreementOrNull();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check agreement files: a one-line summary for each valid file; every problem of an "
                    + "invalid one as FILE:LINE: PATH: MESSAGE. Exit code 2 when any file is invalid.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Agreement files (YAML).")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            boolean allValid = true;
            for (Path file : files) {
                Agreement a = readOrReport(file, err);
                if (a == null) {
                    allValid = false;
                } else {
                    out.println(file + ": ok: " + Summaries.oneLine(a));
                }
            }
            out.flush();
            err.flush();
            return allValid ? 0 : LeadPactCli.INVALID_INPUT;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What changed from OLD to NEW, clause by clause, in words.")
    static final class Diff implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD")
        Path oldFile;

        @Parameters(index = "1", paramLabel = "NEW")
        Path newFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Agreement before = readOrReport(oldFile, err);
            Agreement after = readOrReport(newFile, err);
            if (before == null || after == null) {
                err.flush();
                return LeadPactCli.INVALID_INPUT;
            }
            List<AgreementDiff.Change> changes = AgreementDiff.between(before, after);
            out.println("From " + before.name() + " v" + before.version() + " to " + after.name() + " v"
                    + after.version() + ": " + (changes.isEmpty() ? "no changes" : changes.size() + " change(s)"));
            for (AgreementDiff.Change c : changes) {
                out.println("  " + c.words());
            }
            out.flush();
            return 0;
        }
    }
}
