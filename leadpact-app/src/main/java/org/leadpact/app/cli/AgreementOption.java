package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;

/** The {@code --agreement FILE} option of commands that run on a database: bring that agreement in. */
final class AgreementOption {
    private AgreementOption() {
    }

    /**
     * Uploads the file's version if it is new and activates it when both sides signed it (see
     * {@link Agreements#adopt}), saying what it did. An invalid file is a usage error: its problems go
     * to {@code err} as FILE:LINE: PATH: MESSAGE.
     */
    static void adopt(Agreements agreements, Path file, String by, boolean replaceActive, PrintWriter out,
                      PrintWriter err) throws IOException {
        Agreements.Adoption adoption;
        try {
            adoption = agreements.adopt(Files.readString(file, StandardCharsets.UTF_8), by, replaceActive);
        } catch (Failure.Invalid invalid) {
            invalid.problems().forEach(p -> err.println(file + ":" + p.line() + ": " + p.path() + ": " + p.message()));
            err.flush();
            throw new IllegalArgumentException(file + " is not a valid agreement (" + invalid.problems().size()
                    + " problem(s))");
        }
        String version = adoption.agreement().version();
        if (adoption.uploaded()) {
            out.println("uploaded agreement v" + version);
        }
        if (adoption.activated()) {
            out.println("activated agreement v" + version);
        }
        adoption.whyNotActive().ifPresent(why -> out.println("agreement v" + version + " is not active: " + why));
        out.flush();
    }
}
