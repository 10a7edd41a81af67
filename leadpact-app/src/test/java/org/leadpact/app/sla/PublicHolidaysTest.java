package org.leadpact.app.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.calendar.WorkCalendar;

/** Public holidays come from the holiday library and reach the core as plain dates. */
class PublicHolidaysTest {
    private final PublicHolidays holidays = new PublicHolidays(2027, 2028);

    @Test
    void us_holidays_of_2027_fall_on_the_days_they_are_observed() {
        // 2027: 4 July is a Sunday (observed Monday 5), Christmas a Saturday (observed Friday 24).
        assertThat(holidays.of("US")).contains(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-07-05"),
                LocalDate.parse("2027-11-25"), LocalDate.parse("2027-12-24"));
    }

    @Test
    void german_holidays_include_easter_monday_2027() {
        assertThat(holidays.of("de")).contains(LocalDate.parse("2027-03-29"), LocalDate.parse("2027-10-03"));
    }

    @Test
    void an_unknown_country_is_refused_by_name() {
        assertThat(PublicHolidays.knows("US")).isTrue();
        assertThat(PublicHolidays.knows("XQ")).isFalse();
        assertThatThrownBy(() -> holidays.of("XQ")).hasMessageContaining("country XQ");
    }

    @Test
    void the_example_agreements_calendar_skips_the_observed_independence_day() throws Exception {
        var agreement = AgreementFileReader.read(java.nio.file.Path.of("../examples/agreement.yaml")).orThrow();
        WorkCalendar calendar = holidays.workCalendar(agreement.calendar());
        // Friday 2 July 16:00 EDT (20:00 UTC) plus two business hours: Monday 5 July is off.
        assertThat(calendar.plus(Instant.parse("2027-07-02T20:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2027-07-06T14:00:00Z"));
    }
}
