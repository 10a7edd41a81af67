package org.leadpact.backtest;

import org.leadpact.words.Codes;

/** What sales made of a lead handed to them in the period, by the period's end. */
public enum SalesOutcome {
    /** Never handed to sales in the period: no outcome to judge a definition by. */
    NOT_REACHED,
    /** With sales, no verdict yet: left out of precision and recall. */
    OPEN,
    OPPORTUNITY,
    WON,
    TRASHED,
    RECYCLED;

    public String code() {
        return Codes.code(this);
    }

    /** Became an opportunity (and maybe won): what a qualified lead should become. */
    public boolean converted() {
        return this == OPPORTUNITY || this == WON;
    }

    /** Sales judged it: converted, trashed or recycled. */
    public boolean known() {
        return converted() || this == TRASHED || this == RECYCLED;
    }
}
