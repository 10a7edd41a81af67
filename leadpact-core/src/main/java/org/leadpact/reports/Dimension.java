package org.leadpact.reports;

import java.util.Optional;
import org.leadpact.words.Codes;

/** What leads are grouped or filtered by; the code is the name used in URLs and on the command line. */
public enum Dimension {
    SOURCE, CAMPAIGN, OFFER, LANDING_PAGE, SEGMENT, COMPANY, REP;

    public String code() {
        return switch (this) {
            case LANDING_PAGE -> "landingPage";
            default -> Codes.code(this);
        };
    }

    public static Optional<Dimension> fromCode(String code) {
        for (Dimension d : values()) {
            if (d.code().equals(code)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
