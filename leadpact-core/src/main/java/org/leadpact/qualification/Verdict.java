package org.leadpact.qualification;

import org.leadpact.words.Codes;


public enum Verdict {
    QUALIFIED,
    /** Shows intent and misses exactly one required field or demographic attribute. */
    NEAR_QUALIFIED,
    NOT_QUALIFIED;

    public String code() {
        return Codes.code(this);
    }
}
