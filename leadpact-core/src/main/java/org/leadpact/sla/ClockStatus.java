package org.leadpact.sla;

import org.leadpact.words.Codes;

/**
 * Where a clock stands. {@code CANCELLED}: the lead left the clock's stage (e.g. was trashed) before
 * the stop condition and before the due time; such a clock counts neither as met nor as breached.
 */
public enum ClockStatus {
    RUNNING, PAUSED, MET, BREACHED, CANCELLED;

    public String code() {
        return Codes.code(this);
    }

    public boolean open() {
        return this == RUNNING || this == PAUSED;
    }
}
