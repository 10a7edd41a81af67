package org.leadpact.agreement;

import java.util.List;
import java.util.Optional;
import org.leadpact.words.Codes;

/** Who an escalation notifies: the lead's rep, the rep's manager, or marketing operations. */
public enum Recipient {
    REP, MANAGER, MARKETING_OPERATIONS;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<Recipient> fromCode(String code) {
        return Codes.fromCode(Recipient.class, code);
    }

    public static List<String> codes() {
        return Codes.codes(Recipient.class);
    }
}
