package org.leadpact.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.calendar.Calendars.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.BusinessCalendar;

/** Hand-worked cases: each expected instant was counted on paper from the calendar's hours. */
class WorkCalendarTest {
    private final WorkCalendar newYork = WorkCalendar.of(Calendars.newYorkSplitShifts(),
            List.of(LocalDate.parse("2027-07-05")));

    private static Instant ny(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Calendars.NEW_YORK).toInstant();
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    @Test
    void three_business_hours_from_ten_on_a_monday_skip_the_lunch_break() {
        assertThat(newYork.plus(ny("2027-03-08T10:00"), hours(3))).isEqualTo(ny("2027-03-08T14:00"));
    }

    @Test
    void friday_afternoon_plus_two_hours_ends_monday_morning_after_clocks_spring_forward() {
        // One hour on Friday (EST), then one on Monday (EDT): 10:00 EDT is 14:00 UTC.
        assertThat(newYork.plus(ny("2027-03-12T16:00"), hours(2))).isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
        assertThat(newYork.between(ny("2027-03-12T16:00"), ny("2027-03-15T10:00"))).isEqualTo(hours(2));
    }

    @Test
    void friday_afternoon_plus_one_hour_ends_monday_morning_after_clocks_fall_back() {
        // 30 minutes on Friday (EDT), 30 on Monday (EST): 09:30 EST is 14:30 UTC.
        assertThat(newYork.plus(ny("2027-11-05T16:30"), hours(1))).isEqualTo(Instant.parse("2027-11-08T14:30:00Z"));
    }

    @Test
    void around_the_clock_the_spring_sunday_has_twenty_three_hours_and_the_autumn_sunday_twenty_five() {
        WorkCalendar always = WorkCalendar.of(Calendars.newYorkAroundTheClock());
        assertThat(always.between(ny("2027-03-14T00:00"), ny("2027-03-15T00:00"))).isEqualTo(hours(23));
        assertThat(always.between(ny("2027-11-07T00:00"), ny("2027-11-08T00:00"))).isEqualTo(hours(25));
        // Saturday noon EST plus 24 hours is Sunday 13:00 EDT: the same instant as 24 elapsed hours.
        assertThat(always.plus(ny("2027-03-13T12:00"), hours(24))).isEqualTo(ny("2027-03-14T13:00"));
    }

    @Test
    void a_public_holiday_passed_in_is_not_working_time() {
        // Monday 5 July 2027 is the observed Independence Day.
        assertThat(newYork.plus(ny("2027-07-02T16:00"), hours(2))).isEqualTo(ny("2027-07-06T10:00"));
        assertThat(newYork.isWorking(ny("2027-07-05T10:00"))).isFalse();
    }

    @Test
    void an_explicit_holiday_of_the_calendar_is_not_working_time() {
        assertThat(newYork.plus(ny("2027-12-23T16:00"), hours(2))).isEqualTo(ny("2027-12-27T10:00"));
    }

    @Test
    void an_exception_opens_a_saturday_shortens_a_day_and_closes_another() {
        BusinessCalendar base = Calendars.newYorkSplitShifts();
        WorkCalendar special = WorkCalendar.of(base.withExceptions(Map.of(
                LocalDate.parse("2027-03-06"), List.of(window("10:00", "14:00")),
                LocalDate.parse("2027-03-10"), List.of(),
                LocalDate.parse("2027-12-24"), List.of(window("09:00", "11:00")))));
        assertThat(special.plus(ny("2027-03-05T16:00"), hours(2))).isEqualTo(ny("2027-03-06T11:00"));
        assertThat(special.plus(ny("2027-03-09T16:00"), hours(2))).isEqualTo(ny("2027-03-11T10:00"));
        // The exception wins over the calendar's own holiday on 24 December.
        assertThat(special.between(ny("2027-12-24T00:00"), ny("2027-12-25T00:00"))).isEqualTo(hours(2));
    }

    @Test
    void an_instant_in_the_break_before_opening_or_after_closing_starts_counting_at_the_next_window() {
        assertThat(newYork.plus(ny("2027-03-08T12:30"), Duration.ofMinutes(30))).isEqualTo(ny("2027-03-08T13:30"));
        assertThat(newYork.plus(ny("2027-03-08T07:00"), hours(1))).isEqualTo(ny("2027-03-08T10:00"));
        assertThat(newYork.plus(ny("2027-03-08T18:00"), hours(1))).isEqualTo(ny("2027-03-09T10:00"));
        assertThat(newYork.between(ny("2027-03-08T12:10"), ny("2027-03-08T12:50"))).isZero();
    }

    @Test
    void a_whole_working_day_ends_at_closing_time_not_at_the_next_opening() {
        assertThat(newYork.plus(ny("2027-03-08T09:00"), hours(7))).isEqualTo(ny("2027-03-08T17:00"));
        assertThat(newYork.plus(ny("2027-03-08T08:00"), Duration.ZERO)).isEqualTo(ny("2027-03-08T08:00"));
    }

    @Test
    void windows_that_meet_at_midnight_count_as_one_stretch() {
        BusinessCalendar nights = new BusinessCalendar(java.time.ZoneId.of("Europe/Berlin"),
                Map.of(java.time.DayOfWeek.MONDAY, List.of(window("20:00", "24:00")),
                        java.time.DayOfWeek.TUESDAY, List.of(window("00:00", "02:00"))), null, List.of());
        WorkCalendar night = WorkCalendar.of(nights);
        Instant mondayEvening = Instant.parse("2027-03-08T19:00:00Z"); // 20:00 in Berlin
        assertThat(night.plus(mondayEvening, hours(5))).isEqualTo(Instant.parse("2027-03-09T00:00:00Z"));
        assertThat(night.between(mondayEvening, Instant.parse("2027-03-09T01:00:00Z"))).isEqualTo(hours(6));
    }

    @Test
    void a_year_of_business_hours_lands_where_counting_the_weeks_says() {
        // 2028 would start in week 53 of the count: 52 plain weeks of 35 hours from Monday 4 Jan 2027.
        WorkCalendar plain = WorkCalendar.of(BusinessCalendar.weekdays(java.time.ZoneOffset.UTC,
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(16, 0)));
        Instant start = Instant.parse("2027-01-04T09:00:00Z");
        assertThat(plain.plus(start, hours(35L * 52))).isEqualTo(Instant.parse("2027-12-31T16:00:00Z"));
        assertThat(plain.between(start, Instant.parse("2028-01-03T09:00:00Z"))).isEqualTo(hours(35L * 52));
    }

    @Test
    void the_reps_own_calendar_wins_then_the_teams_then_the_agreements() {
        BusinessCalendar agreement = BusinessCalendar.DEFAULT;
        BusinessCalendar team = Calendars.newYorkSplitShifts();
        BusinessCalendar rep = Calendars.newYorkAroundTheClock();
        assertThat(CalendarChoice.resolve("anna", java.util.Optional.of(rep), "east", java.util.Optional.of(team),
                agreement).clause()).isEqualTo("reps[anna].calendar");
        assertThat(CalendarChoice.resolve("anna", java.util.Optional.empty(), "east", java.util.Optional.of(team),
                agreement).calendar()).isEqualTo(team);
        CalendarChoice fallback = CalendarChoice.resolve("anna", java.util.Optional.empty(), null,
                java.util.Optional.empty(), agreement);
        assertThat(fallback.clause()).isEqualTo("calendar");
        assertThat(fallback.words()).isEqualTo("the agreement's calendar (UTC)");
    }
}
