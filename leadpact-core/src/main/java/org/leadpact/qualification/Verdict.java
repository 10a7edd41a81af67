package org.leadpact.qualification;

import java.util.Locale;

public enum Verdict {
    QUALIFIED,
    /** Shows intent and misses exactly one required field or demographic attribute. */
    NEAR_QUALIFIED,
    NOT_QUALIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
