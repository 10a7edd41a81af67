package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.leadpact.agreement.AgreedDuration;

/** A clock explains itself: what it measures, under which clause, where it stands and why. */
final class ClockWords {
    private ClockWords() {
    }

    static String explain(Clock c, AgreedDuration budget, AgreedDuration target, String endedIn, Instant endedAt,
                          String calendar) {
        StringBuilder s = new StringBuilder();
        s.append(c.kind().words()).append(" (").append(c.clause()).append(", agreement ").append(c.agreementVersion())
                .append("): ").append(c.kind().span()).append(", within ").append(budget);
        if (c.owner() != null) {
            s.append(", rep ").append(c.owner());
        }
        if (calendar != null && c.business()) {
            s.append(", on ").append(calendar);
        }
        s.append("; started ").append(c.startedAt()).append("; ").append(state(c, endedIn, endedAt));
        s.append("; ").append(duration(c.used())).append(" of ").append(duration(c.budget())).append(" used");
        if (target != null) {
            s.append("; target ").append(target).append(c.withinTarget() ? " met" : " by " + c.targetAt());
        }
        if (!c.paused().isZero()) {
            s.append("; paused ").append(duration(c.paused())).append(" (").append(c.pauses().stream()
                    .map(p -> p.reason().words()).distinct().collect(Collectors.joining(", "))).append(")");
        }
        return s.toString();
    }

    private static String state(Clock c, String endedIn, Instant endedAt) {
        return switch (c.status()) {
            case RUNNING -> "running, " + (c.warned() ? "warned at " + c.warnAt() + ", " : "") + "due " + c.dueAt();
            case PAUSED -> "paused, due " + c.dueAt() + " (pushed out by the pause)";
            case MET -> c.kind().guard() ? "met at " + c.dueAt() + ": from then on the lead may be recycled"
                    : "met at " + c.stoppedAt() + ", before the due time " + c.dueAt();
            case BREACHED -> "breached at " + c.dueAt() + (c.stoppedAt() != null ? ", stopped late at " + c.stoppedAt()
                    : endedAt != null ? ", then the lead went to " + endedIn + " at " + endedAt : "")
                    + (c.reassignAt() != null ? "; reassigned to the next rep at " + c.reassignAt() : "");
            case CANCELLED -> "cancelled: the lead went to " + endedIn + " at " + endedAt + ", before the due time "
                    + c.dueAt();
        };
    }

    /** "2h 05m", "3d 4h 00m", "45m", "12s". */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        if (minutes == 0) {
            return d.toSeconds() + "s";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        return (days > 0 ? days + "d " : "") + (days > 0 || hours > 0 ? hours + "h " : "")
                + String.format(java.util.Locale.ROOT, "%02dm", mins);
    }
}
