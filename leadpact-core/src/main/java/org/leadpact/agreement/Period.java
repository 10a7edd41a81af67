package org.leadpact.agreement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often something recurs: reviews of the agreement, feedback meetings, quotas. */
public enum Period {
    WEEK, TWO_WEEKS, MONTH, QUARTER, HALF_YEAR, YEAR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Period> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
