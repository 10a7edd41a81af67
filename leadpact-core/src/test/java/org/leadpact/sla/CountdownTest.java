package org.leadpact.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.sla.SlaFixture.ny;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;

/**
 * Time left on a clock in business time, worked out by hand on the split-shift calendar: the lead is
 * handed to alice on Monday 1 March 2027 at 09:02, so the first follow-up warns on Wednesday at 15:14
 * and is due on Thursday at 13:02 (New York).
 */
class CountdownTest {
    private final Agreement agreement = SlaFixture.agreement();
    private final LeadEngine engine = new LeadEngine(agreement);
    private final SlaContext context = SlaContext.of(WorkCalendar.of(agreement.calendar()));

    private Countdown firstFollowUp(LeadState lead, Instant now) {
        Clock c = Clocks.of(lead, agreement, context, now).stream()
                .filter(k -> k.kind() == ClockKind.FIRST_FOLLOW_UP).findFirst().orElseThrow();
        return Countdown.of(c, context, now);
    }

    @Test
    void in_working_hours_the_time_left_counts_only_business_time_and_ticks_until_the_end_of_the_window() {
        Countdown c = firstFollowUp(SlaFixture.handedOff(engine), ny("2027-03-03T16:00"));
        // 16:00-17:00 on Wednesday, 09:00-12:00 and 13:00-13:02 on Thursday.
        assertThat(c.toDue()).isEqualTo(Duration.ofMinutes(60 + 180 + 2));
        assertThat(c.toWarning()).isEqualTo(Duration.ofMinutes(-46)); // warned at 15:14
        assertThat(c.ticking()).isTrue();
        assertThat(c.ticksUntil()).isEqualTo(ny("2027-03-03T17:00"));
    }

    @Test
    void before_the_lunch_break_it_ticks_until_noon() {
        Countdown c = firstFollowUp(SlaFixture.handedOff(engine), ny("2027-03-03T11:30"));
        assertThat(c.ticksUntil()).isEqualTo(ny("2027-03-03T12:00"));
        assertThat(c.toWarning()).isEqualTo(Duration.ofMinutes(30 + 134)); // 11:30-12:00, 13:00-15:14
    }

    @Test
    void in_the_evening_the_time_left_stands_still() {
        Countdown c = firstFollowUp(SlaFixture.handedOff(engine), ny("2027-03-03T19:00"));
        assertThat(c.toDue()).isEqualTo(Duration.ofMinutes(180 + 2));
        assertThat(c.ticking()).isFalse();
        assertThat(c.ticksUntil()).isNull();
    }

    @Test
    void after_the_due_time_it_is_overdue_by_the_business_time_since() {
        Countdown c = firstFollowUp(SlaFixture.handedOff(engine), ny("2027-03-04T14:02"));
        assertThat(c.clock().status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(c.toDue()).isEqualTo(Duration.ofMinutes(-60));
        assertThat(Countdown.live(c.clock())).isTrue();
    }

    @Test
    void a_clock_the_rep_met_is_not_live() {
        LeadState touched = SlaFixture.apply(engine, SlaFixture.handedOff(engine), new Command.RecordActivity(
                new Activity(ActivityType.SALES_CALL, LeadFixture.minutes(20), null, null, null, null, null, 0, null,
                        "alice")));
        assertThat(Countdown.live(firstFollowUp(touched, ny("2027-03-02T10:00")).clock())).isFalse();
    }

    @Test
    void the_queue_puts_the_higher_score_first_and_on_equal_scores_the_nearer_deadline() {
        LeadState touched = SlaFixture.apply(engine, SlaFixture.handedOff(engine, "lead-a"), new Command.RecordActivity(
                new Activity(ActivityType.SALES_CALL, LeadFixture.minutes(20), null, null, null, null, null, 0, null,
                        "alice")));
        LeadState untouched = SlaFixture.handedOff(engine, "lead-b");
        LeadState hotter = SlaFixture.apply(engine, SlaFixture.handedOff(engine, "lead-c"),
                LeadFixture.did(ActivityType.CONTENT_REGISTRATION, LeadFixture.minutes(3)));
        Instant now = ny("2027-03-02T10:00");

        List<HotQueue.Row> rows = HotQueue.of(engine, List.of(touched, untouched, hotter), context, now);

        assertThat(rows).extracting(r -> r.item().lead().id()).containsExactly("lead-c", "lead-b", "lead-a");
        assertThat(rows.get(0).item().score().total()).isGreaterThan(rows.get(1).item().score().total());
        assertThat(rows.get(1).item().score().total()).isEqualTo(rows.get(2).item().score().total());
        assertThat(rows.get(1).nextDue()).contains(ny("2027-03-04T13:02"));
        assertThat(rows.get(2).clocks()).extracting(c -> c.clock().kind())
                .doesNotContain(ClockKind.FIRST_FOLLOW_UP, ClockKind.MINIMUM_WORKING_TIME, ClockKind.MARKETING_DELIVERY);
    }
}
