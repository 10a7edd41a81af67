package org.leadpact.app.simulation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;

/**
 * When simulated reps work: the agreement's business calendar (its time zone, working hours and
 * listed holiday dates). Reps act during working time; marketing automation acts at any time.
 */
final class WorkingTime {
    private final BusinessCalendar calendar;

    WorkingTime(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code at} itself when it falls in working time, else the start of the next working window. */
    Instant open(Instant at) {
        ZonedDateTime t = at.atZone(calendar.timeZone());
        for (int day = 0; day < 21; day++) {
            LocalDate date = t.toLocalDate().plusDays(day);
            if (calendar.holidays().contains(date)) {
                continue;
            }
            for (TimeWindow w : windows(date.getDayOfWeek())) {
                ZonedDateTime start = date.atTime(w.start()).atZone(calendar.timeZone());
                ZonedDateTime end = endOf(date, w);
                if (day == 0 && !t.isBefore(start) && t.isBefore(end)) {
                    return at;
                }
                if (start.isAfter(t)) {
                    return start.toInstant();
                }
            }
        }
        return at;
    }

    /**
     * {@code minutes} of working time after {@code from}: the clock runs only inside working windows, so
     * an hour's delay handed over at 16:30 ends at 9:30 the next working day.
     */
    Instant after(Instant from, long minutes) {
        Instant t = open(from);
        long left = minutes * 60;
        for (int guard = 0; guard < 10_000; guard++) {
            ZonedDateTime z = t.atZone(calendar.timeZone());
            long untilClose = secondsToClose(z);
            if (left <= untilClose) {
                return t.plusSeconds(left);
            }
            left -= untilClose;
            t = open(t.plusSeconds(untilClose));
        }
        return t;
    }

    private long secondsToClose(ZonedDateTime z) {
        for (TimeWindow w : windows(z.getDayOfWeek())) {
            ZonedDateTime end = endOf(z.toLocalDate(), w);
            if (!z.isBefore(z.toLocalDate().atTime(w.start()).atZone(calendar.timeZone())) && z.isBefore(end)) {
                return Math.max(1, java.time.Duration.between(z, end).toSeconds());
            }
        }
        return 1;
    }

    private ZonedDateTime endOf(LocalDate date, TimeWindow w) {
        return w.end().equals(java.time.LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(calendar.timeZone())
                : date.atTime(w.end()).atZone(calendar.timeZone());
    }

    private List<TimeWindow> windows(DayOfWeek day) {
        return calendar.workingHours().getOrDefault(day, List.of());
    }
}
