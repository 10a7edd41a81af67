package org.leadpact.sla;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;
import org.leadpact.calendar.CalendarChoice;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * A rep's or a team's own business calendar, from the directory: their working hours in their time
 * zone (without hours of their own, the agreement's hours in their zone), and the public holidays of
 * their country (without one, the agreement calendar's country and dates). The agreement calendar's
 * exceptions stay the agreement's. Whoever set none of zone (other than UTC), hours and country works
 * on the calendar above them: empty. {@link #governing} picks for a rep's clocks: their own, else
 * their team's, else the agreement's.
 */
public final class RepCalendar {
    private RepCalendar() {
    }

    public static Optional<BusinessCalendar> of(Rep rep, BusinessCalendar agreement) {
        return of(rep.hours(), rep.holidayCountry(), agreement);
    }

    public static Optional<BusinessCalendar> of(Team team, BusinessCalendar agreement) {
        return of(team.hours(), team.holidayCountry(), agreement);
    }

    /** The calendar that governs a rep's clocks and where it is written down; {@code team} may be null. */
    public static CalendarChoice governing(Rep rep, Team team, BusinessCalendar agreement) {
        return CalendarChoice.resolve(rep.id(), of(rep, agreement), team == null ? null : team.id(),
                team == null ? Optional.empty() : of(team, agreement), agreement);
    }

    private static Optional<BusinessCalendar> of(WorkingHours hours, String country, BusinessCalendar agreement) {
        boolean ownZone = !hours.zone().normalized().equals(ZoneOffset.UTC);
        if (hours.always() && !ownZone && country == null) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<TimeWindow>> windows = hours.always() ? agreement.workingHours() : windows(hours);
        boolean ownHolidays = country != null;
        // Hours of their own are read in their zone, as routing reads them (UTC when they set none).
        return Optional.of(new BusinessCalendar(ownZone || !hours.always() ? hours.zone() : agreement.timeZone(), windows,
                ownHolidays ? country : agreement.holidayCountry(),
                ownHolidays ? List.of() : agreement.holidays()));
    }

    private static Map<DayOfWeek, List<TimeWindow>> windows(WorkingHours hours) {
        Map<DayOfWeek, List<TimeWindow>> windows = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach((day, list) -> windows.put(day, list.stream()
                .map(w -> new TimeWindow(w.from(), w.to())).toList()));
        return windows;
    }
}
