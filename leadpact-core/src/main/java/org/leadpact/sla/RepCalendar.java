package org.leadpact.sla;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;
import org.leadpact.routing.Rep;
import org.leadpact.routing.WorkingHours;

/**
 * A rep's own business calendar, from the directory: their working hours in their time zone (without
 * hours of their own, the agreement's hours in the rep's zone), and the public holidays of their
 * country (without one, the agreement calendar's country and dates). The agreement calendar's
 * exceptions stay the agreement's. A rep who set none of zone (other than UTC), hours and country
 * works on the agreement's calendar: empty.
 */
public final class RepCalendar {
    private RepCalendar() {
    }

    public static Optional<BusinessCalendar> of(Rep rep, BusinessCalendar agreement) {
        WorkingHours hours = rep.hours();
        boolean ownZone = !hours.zone().normalized().equals(ZoneOffset.UTC);
        if (hours.always() && !ownZone && rep.holidayCountry() == null) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<TimeWindow>> windows = hours.always() ? agreement.workingHours() : windows(hours);
        boolean ownHolidays = rep.holidayCountry() != null;
        // Hours of their own are read in their zone, as routing reads them (UTC when they set none).
        return Optional.of(new BusinessCalendar(ownZone || !hours.always() ? hours.zone() : agreement.timeZone(), windows,
                ownHolidays ? rep.holidayCountry() : agreement.holidayCountry(),
                ownHolidays ? List.of() : agreement.holidays()));
    }

    private static Map<DayOfWeek, List<TimeWindow>> windows(WorkingHours hours) {
        Map<DayOfWeek, List<TimeWindow>> windows = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach((day, list) -> windows.put(day, list.stream()
                .map(w -> new TimeWindow(w.from(), w.to())).toList()));
        return windows;
    }
}
