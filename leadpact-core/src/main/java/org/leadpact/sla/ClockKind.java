package org.leadpact.sla;

import java.util.Optional;
import org.leadpact.words.Codes;

/** The promises that run as clocks, each with the clause of the agreement that sets its time. */
public enum ClockKind {
    MARKETING_DELIVERY("marketingSla.handOffWithin", "marketing delivery", "qualified to handed off"),
    FIRST_FOLLOW_UP("salesSla.firstFollowUp.maximum", "first follow-up", "handed off to the rep's first logged touch"),
    TOUCH_CADENCE("salesSla.touches", "touch cadence", "handed off to the agreed calls and e-mails"),
    STATUS_UPDATE("salesSla.statusUpdateWithin", "status update", "handed off to a disposition"),
    MINIMUM_WORKING_TIME("salesSla.minimumTimeBeforeRecycle", "minimum working time",
            "handed off to the earliest recycle"),
    STALE_OPPORTUNITY("salesSla.staleOpportunityAfter", "stale opportunity", "opportunity opened to won or lost");

    private final String clause;
    private final String words;
    private final String span;

    ClockKind(String clause, String words, String span) {
        this.clause = clause;
        this.words = words;
        this.span = span;
    }

    public String clause() {
        return clause;
    }

    public String words() {
        return words;
    }

    /** From which event to which the clock runs, in words. */
    public String span() {
        return span;
    }

    /** A guard only says when something becomes allowed: it is met when its time is up, never breached. */
    public boolean guard() {
        return this == MINIMUM_WORKING_TIME;
    }

    /** Clocks that run on a rep's lead: the rep's calendar and absences count. */
    public boolean sales() {
        return this == FIRST_FOLLOW_UP || this == TOUCH_CADENCE || this == STATUS_UPDATE;
    }

    public String code() {
        return Codes.code(this);
    }

    public static Optional<ClockKind> fromCode(String code) {
        return Codes.fromCode(ClockKind.class, code);
    }
}
