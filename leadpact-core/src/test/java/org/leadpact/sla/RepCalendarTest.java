package org.leadpact.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.TimeWindow;
import org.leadpact.routing.Rep;
import org.leadpact.routing.WorkingHours;

class RepCalendarTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessCalendar AGREEMENT = new BusinessCalendar(NEW_YORK,
            BusinessCalendar.weekdays(NEW_YORK, LocalTime.of(9, 0), LocalTime.of(17, 0)).workingHours(), "US",
            List.of(LocalDate.of(2027, 12, 24)));

    private static Rep rep(String hours, String zone, String country) {
        return new Rep("anna", null, null, true, "east", WorkingHours.parse(hours, zone), List.of(), null, country);
    }

    @Test
    void a_rep_who_set_nothing_works_on_the_agreements_calendar() {
        assertThat(RepCalendar.of(rep("", "UTC", null), AGREEMENT)).isEmpty();
    }

    @Test
    void a_reps_own_hours_are_read_in_their_zone_with_the_agreements_holidays() {
        BusinessCalendar own = RepCalendar.of(rep("Mon-Thu 08:00-16:00", "Europe/Berlin", null), AGREEMENT).orElseThrow();
        assertThat(own.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(own.workingHours().get(DayOfWeek.MONDAY)).containsExactly(new TimeWindow(LocalTime.of(8, 0),
                LocalTime.of(16, 0)));
        assertThat(own.workingHours().getOrDefault(DayOfWeek.FRIDAY, List.of())).isEmpty();
        assertThat(own.holidayCountry()).isEqualTo("US");
        assertThat(own.holidays()).containsExactly(LocalDate.of(2027, 12, 24));
    }

    @Test
    void a_zone_alone_keeps_the_agreements_hours_and_a_country_replaces_its_holidays() {
        BusinessCalendar zoned = RepCalendar.of(rep("", "Europe/Berlin", null), AGREEMENT).orElseThrow();
        assertThat(zoned.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zoned.workingHours()).isEqualTo(AGREEMENT.workingHours());
        BusinessCalendar german = RepCalendar.of(rep("", "UTC", "de"), AGREEMENT).orElseThrow();
        assertThat(german.timeZone()).isEqualTo(NEW_YORK);
        assertThat(german.holidayCountry()).isEqualTo("DE");
        assertThat(german.holidays()).as("the agreement's own dates are its country's office's").isEmpty();
    }
}
