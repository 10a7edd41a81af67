package org.leadpact.agreement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When the business works: a time zone, working hours per weekday (split shifts allowed), public
 * holidays of a country (resolved by the shell from a maintained library) and explicit dates, and
 * exceptions: a date with other hours than its weekday's (none: closed), which wins over both.
 */
public record BusinessCalendar(ZoneId timeZone, Map<DayOfWeek, List<TimeWindow>> workingHours,
                               String holidayCountry, List<LocalDate> holidays,
                               Map<LocalDate, List<TimeWindow>> exceptions) {

    public static final BusinessCalendar DEFAULT = weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0));

    public BusinessCalendar {
        Objects.requireNonNull(timeZone, "timeZone");
        Map<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        workingHours.forEach((day, windows) -> copy.put(day, sortedWithoutOverlap(day.toString(), windows)));
        workingHours = Collections.unmodifiableMap(copy);
        holidays = List.copyOf(holidays);
        Map<LocalDate, List<TimeWindow>> special = new java.util.TreeMap<>();
        Objects.requireNonNullElse(exceptions, Map.<LocalDate, List<TimeWindow>>of())
                .forEach((date, windows) -> special.put(date, sortedWithoutOverlap(date.toString(), windows)));
        exceptions = Collections.unmodifiableMap(special);
        if (workingHours.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a business calendar needs some working hours");
        }
    }

    public BusinessCalendar(ZoneId timeZone, Map<DayOfWeek, List<TimeWindow>> workingHours, String holidayCountry,
                            List<LocalDate> holidays) {
        this(timeZone, workingHours, holidayCountry, holidays, Map.of());
    }

    private static List<TimeWindow> sortedWithoutOverlap(String day, List<TimeWindow> windows) {
        List<TimeWindow> sorted = windows.stream().sorted(java.util.Comparator.comparing(TimeWindow::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(day + ": working times " + sorted.get(i - 1) + " and "
                        + sorted.get(i) + " overlap");
            }
        }
        return sorted;
    }

    /** The same calendar with these exceptions (replacing any it had). */
    public BusinessCalendar withExceptions(Map<LocalDate, List<TimeWindow>> newExceptions) {
        return new BusinessCalendar(timeZone, workingHours, holidayCountry, holidays, newExceptions);
    }

    public static BusinessCalendar weekdays(ZoneId zone, LocalTime from, LocalTime to) {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, day.getValue() <= 5 ? List.of(new TimeWindow(from, to)) : List.of());
        }
        return new BusinessCalendar(zone, hours, null, List.of());
    }
}
