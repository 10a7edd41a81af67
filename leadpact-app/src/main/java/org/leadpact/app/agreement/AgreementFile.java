package org.leadpact.app.agreement;

import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.Agreement;

/** The result of reading an agreement file: the agreement when it is valid, and every problem found. */
public record AgreementFile(String fileName, Agreement agreementOrNull, List<FileProblem> problems) {
    public AgreementFile {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return agreementOrNull != null && problems.isEmpty();
    }

    public Optional<Agreement> agreement() {
        return valid() ? Optional.of(agreementOrNull) : Optional.empty();
    }

    /** The agreement, or an exception listing every problem. */
    public Agreement orThrow() {
        if (!valid()) {
            throw new InvalidAgreementException(this);
        }
        return agreementOrNull;
    }
}
