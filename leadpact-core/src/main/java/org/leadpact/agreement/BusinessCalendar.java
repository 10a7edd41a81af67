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
 * holidays of a country (resolved by the shell from a maintained library) and explicit dates.
 */
public record BusinessCalendar(ZoneId timeZone, Map<DayOfWeek, List<TimeWindow>> workingHours,
                               String holidayCountry, List<LocalDate> holidays) {

    public static final BusinessCalendar DEFAULT = weekdays(ZoneId.of("UTC"), LocalTime.of(9, 0), LocalTime.of(17, 0));

    public BusinessCalendar {
        Objects.requireNonNull(timeZone, "timeZone");
        Map<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        workingHours.forEach((day, windows) -> {
            List<TimeWindow> sorted = windows.stream()
                    .sorted(java.util.Comparator.comparing(TimeWindow::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException(day + ": working times " + sorted.get(i - 1) + " and "
                            + sorted.get(i) + " overlap");
                }
            }
            copy.put(day, sorted);
        });
        workingHours = Collections.unmodifiableMap(copy);
        holidays = List.copyOf(holidays);
        if (workingHours.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a business calendar needs some working hours");
        }
    }

    public static BusinessCalendar weekdays(ZoneId zone, LocalTime from, LocalTime to) {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, day.getValue() <= 5 ? List.of(new TimeWindow(from, to)) : List.of());
        }
        return new BusinessCalendar(zone, hours, null, List.of());
    }
}
