package org.leadpact.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;

/**
 * A business calendar made ready for arithmetic: its own holidays plus the public holidays the shell
 * looked up, and the nominal working time of a plain week. Days are walked one at a time, and whole
 * weeks are skipped when nothing in them is special (no holiday, exception or offset change), so
 * adding a month of business time costs a few dozen steps, not tens of thousands of minutes.
 * Working time is the instants inside a window, start included, end excluded.
 */
public final class WorkCalendar {
    /** Beyond this the calendar is taken to have no more working time (a mistake, not a deadline). */
    private static final int MAX_DAYS = 366 * 100;

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<TimeWindow>> weekly;
    private final NavigableSet<LocalDate> special = new TreeSet<>();
    private final java.util.Set<LocalDate> closed;
    private final Duration plainWeek;

    private WorkCalendar(BusinessCalendar calendar, Collection<LocalDate> publicHolidays) {
        this.calendar = calendar;
        this.zone = calendar.timeZone();
        this.rules = zone.getRules();
        this.weekly = new EnumMap<>(calendar.workingHours());
        java.util.Set<LocalDate> off = new java.util.HashSet<>(calendar.holidays());
        off.addAll(publicHolidays);
        off.removeAll(calendar.exceptions().keySet());
        this.closed = off;
        special.addAll(off);
        special.addAll(calendar.exceptions().keySet());
        Duration week = Duration.ZERO;
        for (List<TimeWindow> windows : weekly.values()) {
            for (TimeWindow w : windows) {
                week = week.plus(Duration.between(w.start(), w.end()).plusDays(w.end().equals(LocalTime.MIDNIGHT) ? 1 : 0));
            }
        }
        this.plainWeek = week;
    }

    /** The calendar with the public holidays of its country, as explicit dates the shell looked up. */
    public static WorkCalendar of(BusinessCalendar calendar, Collection<LocalDate> publicHolidays) {
        return new WorkCalendar(Objects.requireNonNull(calendar, "calendar"), List.copyOf(publicHolidays));
    }

    /** The calendar with only its own explicit holidays. */
    public static WorkCalendar of(BusinessCalendar calendar) {
        return of(calendar, List.of());
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working windows of a date in its own time zone: an exception's, none on a holiday, else its weekday's. */
    public List<TimeWindow> windows(LocalDate date) {
        List<TimeWindow> exception = calendar.exceptions().get(date);
        if (exception != null) {
            return exception;
        }
        return closed.contains(date) ? List.of() : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    public boolean isWorking(Instant at) {
        return windowEndAt(at) != null;
    }

    /**
     * Until when working time runs on without a break from {@code at} (adjoining windows joined);
     * empty when {@code at} is outside working time. A countdown in business time ticks until then.
     */
    public java.util.Optional<Instant> workingUntil(Instant at) {
        Instant end = null;
        Instant cursor = at;
        for (int steps = 0; steps < 64; steps++) {
            Instant next = windowEndAt(cursor);
            if (next == null) {
                break;
            }
            end = next;
            cursor = next;
        }
        return java.util.Optional.ofNullable(end);
    }

    /** The end of the window holding {@code at}, or null. */
    private Instant windowEndAt(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        for (LocalDate d = date.minusDays(1); !d.isAfter(date); d = d.plusDays(1)) {
            for (TimeWindow w : windows(d)) {
                if (!at.isBefore(start(d, w)) && at.isBefore(end(d, w))) {
                    return end(d, w);
                }
            }
        }
        return null;
    }

    /**
     * The instant at which {@code amount} of working time has passed since {@code from}. Zero gives
     * {@code from} itself; otherwise the answer lies in working time or at the end of a window.
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time is added, never taken away: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        LocalDate day = from.atZone(zone).toLocalDate();
        Instant cursor = from;
        for (int steps = 0; steps < MAX_DAYS; steps++) {
            if (!cursor.isAfter(dayStart(day)) && left.compareTo(plainWeek) > 0 && plainWeekFrom(day)) {
                left = left.minus(plainWeek);
                day = day.plusWeeks(1);
                cursor = dayStart(day);
                continue;
            }
            for (TimeWindow w : windows(day)) {
                Instant start = max(start(day, w), cursor);
                Instant end = end(day, w);
                if (start.isBefore(end)) {
                    Duration available = Duration.between(start, end);
                    if (left.compareTo(available) <= 0) {
                        return start.plus(left);
                    }
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
            cursor = max(cursor, dayStart(day));
        }
        throw new IllegalStateException("the calendar has no working time left within " + MAX_DAYS / 366 + " years");
    }

    /** Working time in [from, to); negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        while (!day.isAfter(last)) {
            if (!from.isAfter(dayStart(day)) && day.plusWeeks(1).isBefore(last) && plainWeekFrom(day)) {
                total = total.plus(plainWeek);
                day = day.plusWeeks(1);
                continue;
            }
            for (TimeWindow w : windows(day)) {
                Instant start = max(start(day, w), from);
                Instant end = min(end(day, w), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    /**
     * Whether the seven days from {@code day} hold neither a special date nor a change of UTC offset,
     * so their working time is exactly the plain week's. Windows never run past midnight, so a week's
     * windows all lie inside its seven days.
     */
    private boolean plainWeekFrom(LocalDate day) {
        LocalDate end = day.plusWeeks(1);
        if (!special.subSet(day, true, end, false).isEmpty()) {
            return false;
        }
        ZoneOffsetTransition next = rules.nextTransition(dayStart(day).minusSeconds(1));
        return next == null || !next.getInstant().isBefore(dayStart(end).plusSeconds(1));
    }

    private Instant dayStart(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private Instant start(LocalDate day, TimeWindow w) {
        return day.atTime(w.start()).atZone(zone).toInstant();
    }

    private Instant end(LocalDate day, TimeWindow w) {
        return w.end().equals(LocalTime.MIDNIGHT) ? dayStart(day.plusDays(1)) : day.atTime(w.end()).atZone(zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
