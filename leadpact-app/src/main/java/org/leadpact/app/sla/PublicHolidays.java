package org.leadpact.app.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.calendar.WorkCalendar;

/**
 * Public holidays of a country from jollyday, looked up once per country for a span of years and
 * handed to the core as explicit dates. A holiday moved to a weekday (where the library knows it) counts
 * on both days: the holiday's own and the one it is observed on.
 */
public final class PublicHolidays {
    private final int fromYear;
    private final int toYear;
    /** Shared by every instance: the library's data does not change while the process runs. */
    private static final Map<String, List<LocalDate>> BY_COUNTRY_AND_YEARS = new ConcurrentHashMap<>();
    private final Map<BusinessCalendar, WorkCalendar> calendars = new ConcurrentHashMap<>();

    /** Holidays of the years {@code fromYear} to {@code toYear}, both included. */
    public PublicHolidays(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear);
        }
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    /** Around this year: five back (reports over old leads), ten ahead (clocks due later). */
    public static PublicHolidays around(int year) {
        return new PublicHolidays(year - 5, year + 10);
    }

    /** Whether the holiday library knows this two-letter country code. */
    public static boolean knows(String country) {
        return HolidayManager.getSupportedCalendarCodes().contains(country.toLowerCase(Locale.ROOT))
                || HolidayManager.getSupportedCalendarCodes().contains(country.toUpperCase(Locale.ROOT));
    }

    /** The public holidays of a country in the span, sorted. */
    public List<LocalDate> of(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        return BY_COUNTRY_AND_YEARS.computeIfAbsent(code + "/" + fromYear + "-" + toYear, k -> lookUp(code));
    }

    /** The calendar ready for arithmetic, with its country's public holidays. */
    public WorkCalendar workCalendar(BusinessCalendar calendar) {
        return calendars.computeIfAbsent(calendar, c -> WorkCalendar.of(c,
                c.holidayCountry() == null ? List.of() : of(c.holidayCountry())));
    }

    private List<LocalDate> lookUp(String country) {
        if (!knows(country)) {
            throw new IllegalArgumentException("no public holidays are known for country " + country);
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Set<Holiday> holidays = manager.getHolidays(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31),
                HolidayType.PUBLIC_HOLIDAY);
        return holidays.stream().flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h.getDate()),
                h.getObservedDate().stream())).distinct().sorted().toList();
    }
}
