package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.calendar.WorkCalendar;

/**
 * One clock's facts, found in the history: when it started, what stops it and whether that happened,
 * whether the lead left the clock's stage first ({@code endedAt}, with the stage it went to), and its
 * pauses. {@link #at} turns them into the clock's state at an instant. {@code calendarWords} says
 * which calendar counts its business time (null: nothing to say).
 */
record ClockRun(String leadId, ClockKind kind, int cycle, String owner, Instant startedAt, AgreedDuration budget,
                AgreedDuration target, Instant stoppedAt, Instant endedAt, String endedIn, List<Pause> pauses,
                WorkCalendar calendar, String calendarWords) {

    Clock at(Instant now, int warnAtPercent, AgreedDuration reassignAfter, String version) {
        Meter meter = Meter.of(budget, calendar);
        List<Interval> intervals = pauses.stream().map(Pause::interval).toList();
        Duration amount = budget.toDuration();
        Instant due = meter.due(startedAt, amount, intervals);
        Instant warnAt = kind.guard() ? null : meter.due(startedAt, amount.multipliedBy(warnAtPercent).dividedBy(100),
                intervals);
        Instant targetAt = target == null ? null
                : Meter.of(target, calendar).due(startedAt, target.toDuration(), intervals);
        ClockStatus status = status(now, due, intervals);
        Instant until = min(min(stoppedAt, endedAt), now);
        Duration paused = meter.paused(startedAt, until, intervals);
        Duration used = meter.between(startedAt, until).minus(paused);
        boolean warned = warnAt != null && !until.isBefore(warnAt);
        Instant reassignAt = kind == ClockKind.FIRST_FOLLOW_UP && reassignAfter != null
                && status == ClockStatus.BREACHED && stoppedAt == null && endedAt == null
                ? Meter.of(reassignAfter, calendar).plus(due, reassignAfter.toDuration()) : null;
        Clock clock = new Clock(leadId, kind, cycle, owner, status, startedAt, targetAt, warnAt, due, stoppedAt,
                reassignAt, amount, budget.business(), used, paused, visible(until), warned, version, kind.clause(), "");
        return clock.explained(ClockWords.explain(clock, budget, target, endedIn, endedAt, calendarWords));
    }

    private ClockStatus status(Instant now, Instant due, List<Interval> intervals) {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(due) ? ClockStatus.BREACHED : ClockStatus.MET;
        }
        if (endedAt != null) {
            return endedAt.isBefore(due) ? ClockStatus.CANCELLED : kind.guard() ? ClockStatus.MET : ClockStatus.BREACHED;
        }
        if (!now.isBefore(due)) {
            return kind.guard() ? ClockStatus.MET : ClockStatus.BREACHED;
        }
        return intervals.stream().anyMatch(p -> p.contains(now)) ? ClockStatus.PAUSED : ClockStatus.RUNNING;
    }

    /** Pauses that began by the time the clock stopped (or now). */
    private List<Pause> visible(Instant until) {
        return pauses.stream().filter(p -> p.interval().from().isBefore(until)).toList();
    }

    private static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
