package org.leadpact.app.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leadpact.sla.Clock;
import org.leadpact.sla.ClockStatus;
import org.leadpact.sla.Countdown;

/**
 * SLA clocks as page cells: the state in one word, a deadline in the agreement calendar's zone, and the
 * time left as a countdown that {@code countdown.js} ticks down from the server's figure while the
 * clock's time runs (never past the end of the working window: business time stands still outside it).
 */
final class ClockCells {
    static final String SCRIPT = "<script src=\"/ui/static/countdown.js\" defer></script>";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    private ClockCells() {
    }

    /** running, warned, paused, breached, met, or stopped (the lead left the clock's stage first). */
    static String state(Clock c) {
        return switch (c.status()) {
            case RUNNING -> c.warned() ? "warned" : "running";
            case PAUSED -> "paused";
            case MET -> "met";
            case BREACHED -> c.stoppedAt() == null ? "breached" : "breached, stopped late";
            case CANCELLED -> "stopped";
        };
    }

    static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** "4h 02m" of business (or elapsed) time; whole minutes, rounded down. */
    static String amount(Duration d) {
        long minutes = Math.abs(d.toSeconds()) / 60;
        return (minutes >= 60 ? minutes / 60 + "h " : "") + String.format(Locale.ROOT, "%02dm", minutes % 60);
    }

    /** The countdown to a point: "4h 02m left" or "overdue 1h 00m", ticking client-side while the clock runs. */
    static String countdown(Countdown c, Duration left, String label) {
        String kind = c.clock().business() ? " business" : "";
        Html h = new Html();
        h.raw("<span class=\"countdown").raw(left.isNegative() ? " overdue" : "").raw("\" data-countdown=\"")
                .text(left.toSeconds()).raw("\" data-kind=\"").text(kind.strip()).raw("\" data-label=\"").text(label)
                .raw("\"");
        if (c.ticking()) {
            h.raw(" data-ticking=\"true\"");
            if (c.ticksUntil() != null) {
                h.raw(" data-ticks-until=\"").text(c.ticksUntil().toEpochMilli()).raw("\"");
            }
        }
        return h.raw(">").text(text(left, kind, label)).raw("</span>").toString();
    }

    /** The same words countdown.js writes. */
    static String text(Duration left, String kind, String label) {
        return left.isNegative() || left.isZero() ? "overdue " + amount(left) + kind + " (" + label + ")"
                : amount(left) + kind + " left to " + label;
    }

    /** Warning and breach countdowns of a live clock, each only while still ahead or as the overdue mark. */
    static String left(Countdown c) {
        if (c.clock().status() == ClockStatus.BREACHED) {
            return countdown(c, c.toDue(), "breach");
        }
        String due = countdown(c, c.toDue(), "breach");
        return c.toWarning() != null && c.toWarning().isPositive() ? countdown(c, c.toWarning(), "warning") + "<br>" + due
                : due;
    }
}
