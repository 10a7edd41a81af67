package org.leadpact.app.agreement;

import java.util.stream.Collectors;

/** Thrown where a valid agreement is needed and the file has problems; the message lists them all. */
public final class InvalidAgreementException extends RuntimeException {
    private final transient AgreementFile file;

    public InvalidAgreementException(AgreementFile file) {
        super(file.problems().stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.file = file;
    }

    public AgreementFile file() {
        return file;
    }
}
