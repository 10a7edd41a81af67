package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leadpact.calendar.WorkCalendar;

/**
 * How much of a clock's time is left at an instant, counted the way the clock counts (business time of
 * its calendar, pauses taken out): until the warning point and until the due time (negative once
 * passed: overdue by that much). A page may tick the countdown down in real time while {@code ticking},
 * until {@code ticksUntil} and no further.
 *
 * @param toWarning null for a guard, which never warns
 * @param ticking whether the clock's time runs now (not outside working hours, not paused, not stopped)
 * @param ticksUntil when it stops running without a break: the end of the working window or the start
 *                   of a pause; null while ticking means no end in sight (elapsed time)
 */
public record Countdown(Clock clock, Duration toWarning, Duration toDue, boolean ticking, Instant ticksUntil) {

    /** Whether the rep still has something to do against this clock: not stopped, not cancelled, not a guard. */
    public static boolean live(Clock c) {
        return !c.kind().guard() && c.stoppedAt() == null && c.status() != ClockStatus.CANCELLED
                && c.status() != ClockStatus.MET;
    }

    public static Countdown of(Clock c, SlaContext context, Instant now) {
        Meter meter = c.business()
                ? new Meter.Business(c.kind().sales() ? context.calendarFor(c.owner()) : context.agreementCalendar())
                : new Meter.Elapsed();
        List<Interval> pauses = c.pauses().stream().map(Pause::interval).toList();
        Duration toWarning = c.warnAt() == null ? null : left(meter, now, c.warnAt(), pauses);
        boolean ticking = live(c) && pauses.stream().noneMatch(p -> p.contains(now))
                && (!(meter instanceof Meter.Business b) || b.calendar().isWorking(now));
        return new Countdown(c, toWarning, left(meter, now, c.dueAt(), pauses), ticking,
                ticking ? ticksUntil(meter, now, pauses) : null);
    }

    /** Counted time from now to the deadline, less the pauses in between; negative once it has passed. */
    private static Duration left(Meter meter, Instant now, Instant deadline, List<Interval> pauses) {
        if (deadline.isBefore(now)) {
            return meter.between(deadline, now).minus(meter.paused(deadline, now, pauses)).negated();
        }
        return meter.between(now, deadline).minus(meter.paused(now, deadline, pauses));
    }

    private static Instant ticksUntil(Meter meter, Instant now, List<Interval> pauses) {
        Instant until = meter instanceof Meter.Business(WorkCalendar calendar)
                ? calendar.workingUntil(now).orElse(null) : null;
        for (Interval p : pauses) {
            if (p.from().isAfter(now) && (until == null || p.from().isBefore(until))) {
                until = p.from();
            }
        }
        return until;
    }
}
