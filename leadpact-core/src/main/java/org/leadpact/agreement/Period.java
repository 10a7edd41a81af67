package org.leadpact.agreement;

import java.util.Optional;
import org.leadpact.words.Codes;

/** How often something recurs: reviews of the agreement, feedback meetings, quotas. */
public enum Period {
    WEEK, TWO_WEEKS, MONTH, QUARTER, HALF_YEAR, YEAR;

    public String code() {
        return Codes.code(this);
    }

    public static Optional<Period> fromCode(String code) {
        return Codes.fromCode(Period.class, code);
    }
}
