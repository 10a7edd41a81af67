package org.leadpact.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;

/** Calendars the calendar tests share. */
final class Calendars {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Calendars() {
    }

    static TimeWindow window(String from, String to) {
        return new TimeWindow(LocalTime.parse(from), to.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(to));
    }

    /** Monday to Friday 09:00-12:00 and 13:00-17:00 in New York: the example agreement's hours. */
    static BusinessCalendar newYorkSplitShifts() {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, day.getValue() <= 5 ? List.of(window("09:00", "12:00"), window("13:00", "17:00")) : List.of());
        }
        return new BusinessCalendar(NEW_YORK, hours, "US", List.of(LocalDate.parse("2027-12-24")));
    }

    /** Every hour of every day, in New York: business time equals elapsed time. */
    static BusinessCalendar newYorkAroundTheClock() {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(window("00:00", "24:00")));
        }
        return new BusinessCalendar(NEW_YORK, hours, null, List.of());
    }
}
