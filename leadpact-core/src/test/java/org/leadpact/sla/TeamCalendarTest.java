package org.leadpact.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.sla.SlaFixture.ny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.calendar.CalendarChoice;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * Team calendars, worked by hand: the lead of {@link SlaFixture} goes to alice of the east team on
 * Monday 1 March 2027 at 09:02 in New York (15:02 in Berlin), with 24 business hours to follow it up.
 */
class TeamCalendarTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Agreement agreement = SlaFixture.agreement();
    private final LeadState lead = SlaFixture.handedOff(new LeadEngine(agreement));
    private final Team berlinTeam = new Team("east", "East", null, null,
            WorkingHours.parse("Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00", "Europe/Berlin"), null);

    private static Rep alice(String hours, String zone) {
        return new Rep("alice", null, null, true, "east", WorkingHours.parse(hours, zone), List.of(), null, null);
    }

    private static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** The first follow-up of the lead when the directory holds alice and her team. */
    private Clock firstFollowUp(Rep rep, Team team) {
        CalendarChoice choice = RepCalendar.governing(rep, team, agreement.calendar());
        SlaContext context = SlaContext.of(WorkCalendar.of(agreement.calendar()))
                .withReps(r -> WorkCalendar.of(choice.calendar()), r -> List.of(), r -> null)
                .withCalendarWords(r -> choice.source().equals("agreement") ? null : choice.words());
        return Clocks.of(lead, agreement, context, ny("2027-03-02T10:00")).stream()
                .filter(c -> c.kind() == ClockKind.FIRST_FOLLOW_UP).findFirst().orElseThrow();
    }

    @Test
    void a_rep_without_hours_of_their_own_follows_up_on_their_teams_berlin_hours() {
        Clock clock = firstFollowUp(alice("", "UTC"), berlinTeam);
        // From Monday 15:02 in Berlin: 1h58m on Monday, 7h on Tuesday, Wednesday and Thursday, 1h02m on Friday.
        assertThat(clock.dueAt()).isEqualTo(berlin("2027-03-05T10:02"));
        assertThat(clock.explanation()).contains("on the team's calendar (Europe/Berlin)");
        assertThat(RepCalendar.governing(alice("", "UTC"), berlinTeam, agreement.calendar()).clause())
                .isEqualTo("teams[east].calendar");
    }

    @Test
    void a_rep_with_hours_of_their_own_ignores_their_teams_calendar() {
        Clock clock = firstFollowUp(alice("Mon-Fri 08:00-16:00", "America/New_York"), berlinTeam);
        // From Monday 09:02 in New York: 6h58m on Monday, 8h on Tuesday and Wednesday, 1h02m on Thursday.
        assertThat(clock.dueAt()).isEqualTo(ny("2027-03-04T09:02"));
        assertThat(clock.explanation()).contains("on the rep's own calendar (America/New_York)");
    }

    @Test
    void without_a_team_calendar_the_agreements_governs_and_the_explanation_names_no_calendar() {
        Clock withTeam = firstFollowUp(alice("", "UTC"), new Team("east", null, null, null));
        Clock noTeam = firstFollowUp(alice("", "UTC"), null);
        // The agreement's New York split shifts, as in ClocksTest: due on Thursday at 13:02.
        assertThat(withTeam.dueAt()).isEqualTo(ny("2027-03-04T13:02")).isEqualTo(noTeam.dueAt());
        assertThat(withTeam.explanation()).doesNotContain("calendar");
        assertThat(new Team("east", null, null, null).hasCalendar()).isFalse();
        assertThat(berlinTeam.hasCalendar()).isTrue();
    }

    @Test
    void a_team_with_german_holidays_skips_good_friday_and_easter_monday() {
        Team german = new Team("east", null, null, null, berlinTeam.hours(), "de");
        BusinessCalendar calendar = RepCalendar.of(german, agreement.calendar()).orElseThrow();
        assertThat(calendar.holidayCountry()).isEqualTo("DE");
        assertThat(calendar.holidays()).as("the agreement's own dates are its country's office's").isEmpty();
        // The dates the shell looks up for DE around Easter 2027 (Easter Sunday is 28 March).
        WorkCalendar work = WorkCalendar.of(calendar, List.of(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29)));
        // Thursday 16:00 plus 2 business hours: 1h on Thursday, then nothing until Tuesday 09:00, 1h more.
        assertThat(work.plus(berlin("2027-03-25T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2027-03-30T10:00"));
        assertThat(WorkCalendar.of(calendar).plus(berlin("2027-03-25T16:00"), Duration.ofHours(2)))
                .as("without the holidays Friday would count").isEqualTo(berlin("2027-03-26T10:00"));
    }

    @Test
    void a_team_zone_alone_keeps_the_agreements_hours_read_in_the_teams_zone() {
        Team zoned = new Team("east", null, null, null, WorkingHours.parse("", "Europe/Berlin"), null);
        BusinessCalendar calendar = RepCalendar.of(zoned, agreement.calendar()).orElseThrow();
        assertThat(calendar.timeZone()).isEqualTo(BERLIN);
        assertThat(calendar.workingHours()).isEqualTo(agreement.calendar().workingHours());
        assertThat(calendar.holidayCountry()).isEqualTo(agreement.calendar().holidayCountry());
    }
}
