package org.leadpact.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.sla.SlaFixture.ny;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.Recipient;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;

/** Clocks on a lead, worked out by hand on the New York split-shift calendar of {@link SlaFixture}. */
class ClocksTest {
    private final Agreement agreement = SlaFixture.agreement();
    private final LeadEngine engine = new LeadEngine(agreement);
    private final SlaContext context = SlaContext.of(WorkCalendar.of(agreement.calendar()));

    private Clock clock(LeadState lead, ClockKind kind, Instant now, SlaContext in) {
        return Clocks.of(lead, agreement, in, now).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private Clock clock(LeadState lead, ClockKind kind, Instant now) {
        return clock(lead, kind, now, context);
    }

    private LeadState touched(LeadState s, ActivityType type, Instant at, String outcome) {
        return SlaFixture.apply(engine, s, new Command.RecordActivity(
                new Activity(type, at, null, null, null, null, null, 0, outcome, "alice")));
    }

    @Test
    void marketing_delivery_is_met_by_a_hand_off_a_minute_after_qualifying() {
        Clock delivery = clock(SlaFixture.handedOff(engine), ClockKind.MARKETING_DELIVERY, ny("2027-03-01T10:00"));
        assertThat(delivery.status()).isEqualTo(ClockStatus.MET);
        assertThat(delivery.dueAt()).isEqualTo(ny("2027-03-01T12:01"));
        assertThat(delivery.clause()).isEqualTo("marketingSla.handOffWithin");
    }

    @Test
    void an_untouched_lead_warns_at_eighty_percent_of_24_business_hours_and_breaches_at_the_maximum() {
        LeadState lead = SlaFixture.handedOff(engine);
        // From Monday 09:02: 6h58m on Monday, 7h on Tuesday and Wednesday, 3h02m on Thursday.
        Clock wednesday = clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-03T16:00"));
        assertThat(wednesday.dueAt()).isEqualTo(ny("2027-03-04T13:02"));
        assertThat(wednesday.warnAt()).isEqualTo(ny("2027-03-03T15:14")); // 19h12m in
        assertThat(wednesday.targetAt()).isEqualTo(ny("2027-03-01T09:32"));
        assertThat(wednesday.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(wednesday.warned()).isTrue();
        assertThat(wednesday.used()).isEqualTo(Duration.ofMinutes(418 + 420 + 180 + 180));
        assertThat(wednesday.explanation()).startsWith("first follow-up (salesSla.firstFollowUp.maximum, agreement 1)")
                .contains("rep alice", "running, warned at 2027-03-03T20:14:00Z, due 2027-03-04T18:02:00Z");

        Clock thursday = clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-04T13:02"));
        assertThat(thursday.status()).isEqualTo(ClockStatus.BREACHED);
        // Four business hours later: 3h58m on Thursday afternoon, 2 minutes on Friday.
        assertThat(thursday.reassignAt()).isEqualTo(ny("2027-03-05T09:02"));
    }

    @Test
    void a_touch_within_the_target_meets_the_first_follow_up() {
        LeadState lead = touched(SlaFixture.handedOff(engine), ActivityType.SALES_CALL, LeadFixture.minutes(20), null);
        Clock c = clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-10T10:00"));
        assertThat(c.status()).isEqualTo(ClockStatus.MET);
        assertThat(c.withinTarget()).isTrue();
        assertThat(c.used()).isEqualTo(Duration.ofMinutes(18));
    }

    @Test
    void the_reps_day_out_of_office_pushes_the_due_time_out_by_a_business_day_and_is_reported_as_paused() {
        Interval tuesday = new Interval(ny("2027-03-02T00:00"), ny("2027-03-03T00:00"));
        SlaContext away = context.withAbsences(rep -> rep.equals("alice") ? List.of(tuesday) : List.of());
        Clock c = clock(SlaFixture.handedOff(engine), ClockKind.FIRST_FOLLOW_UP, ny("2027-03-04T16:00"), away);
        assertThat(c.dueAt()).isEqualTo(ny("2027-03-05T13:02"));
        assertThat(c.status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(c.paused()).isEqualTo(Duration.ofHours(7));
        assertThat(c.explanation()).contains("paused 7h 00m (the rep is out of office)");
        assertThat(clock(SlaFixture.handedOff(engine), ClockKind.FIRST_FOLLOW_UP, ny("2027-03-02T10:00"), away)
                .status()).isEqualTo(ClockStatus.PAUSED);
    }

    @Test
    void a_call_back_request_pauses_the_status_update_until_the_day_asked_for() {
        LeadState lead = touched(SlaFixture.handedOff(engine), ActivityType.SALES_CALL,
                Instant.parse("2027-03-02T15:00:00Z"), "call-back 2027-03-08");
        Clock c = clock(lead, ClockKind.STATUS_UPDATE, Instant.parse("2027-03-05T12:00:00Z"));
        assertThat(c.status()).isEqualTo(ClockStatus.PAUSED);
        // 14 days from Monday 14:02 UTC, plus the pause from Tuesday 15:00 UTC to 8 March 00:00 in New York.
        Duration pause = Duration.between(Instant.parse("2027-03-02T15:00:00Z"), Instant.parse("2027-03-08T05:00:00Z"));
        assertThat(c.dueAt()).isEqualTo(Instant.parse("2027-03-15T14:02:00Z").plus(pause));
        assertThat(c.pauses()).extracting(Pause::reason).containsExactly(Pause.Reason.CALL_BACK);
        // The call itself met the first follow-up.
        assertThat(clock(lead, ClockKind.FIRST_FOLLOW_UP, Instant.parse("2027-03-05T12:00:00Z")).status())
                .isEqualTo(ClockStatus.MET);
    }

    @Test
    void the_cadence_is_met_at_the_touch_that_completes_three_calls_and_three_emails() {
        LeadState lead = SlaFixture.handedOff(engine);
        for (int day = 1; day <= 3; day++) {
            lead = touched(lead, ActivityType.SALES_CALL, LeadFixture.days(day), null);
            lead = touched(lead, ActivityType.SALES_EMAIL, LeadFixture.days(day).plusSeconds(60), null);
        }
        Clock c = clock(lead, ClockKind.TOUCH_CADENCE, LeadFixture.days(20));
        assertThat(c.status()).isEqualTo(ClockStatus.MET);
        assertThat(c.stoppedAt()).isEqualTo(LeadFixture.days(3).plusSeconds(60));
    }

    @Test
    void a_disposition_meets_the_status_update_and_a_trashed_lead_cancels_the_untouched_follow_up() {
        LeadState trashed = SlaFixture.apply(engine, SlaFixture.handedOff(engine),
                new Command.SetDisposition(LeadFixture.minutes(60), Disposition.TRASH, "alice", "student"));
        assertThat(clock(trashed, ClockKind.STATUS_UPDATE, LeadFixture.days(30)).status()).isEqualTo(ClockStatus.MET);
        Clock followUp = clock(trashed, ClockKind.FIRST_FOLLOW_UP, LeadFixture.days(30));
        assertThat(followUp.status()).isEqualTo(ClockStatus.CANCELLED);
        assertThat(followUp.explanation()).contains("cancelled: the lead went to disqualified");
    }

    @Test
    void only_what_happened_by_the_instant_counts() {
        LeadState lead = touched(SlaFixture.handedOff(engine), ActivityType.SALES_CALL, ny("2027-03-03T10:00"), null);
        assertThat(clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-02T10:00")).status())
                .isEqualTo(ClockStatus.RUNNING);
        assertThat(Clocks.of(lead, agreement, context, LeadFixture.T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void a_stale_opportunity_is_timed_by_the_average_lost_cycle_when_the_agreement_sets_none() {
        LeadState opp = SlaFixture.apply(engine, SlaFixture.handedOff(engine),
                new Command.SetDisposition(LeadFixture.days(1), Disposition.OPPORTUNITY, "alice", null));
        assertThat(Clocks.of(opp, agreement, context, LeadFixture.days(90)))
                .noneMatch(c -> c.kind() == ClockKind.STALE_OPPORTUNITY);
        Clock stale = clock(opp, ClockKind.STALE_OPPORTUNITY, LeadFixture.days(90),
                context.withAverageLostCycle(Duration.ofDays(45)));
        assertThat(stale.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(stale.dueAt()).isEqualTo(LeadFixture.days(46));
        List<EscalationStep> steps = Firing.due(stale, Firing.Recorded.NOTHING, agreement.escalation(),
                LeadFixture.days(90));
        assertThat(steps).extracting(EscalationStep::kind)
                .containsExactly(EscalationStep.Kind.WARNING, EscalationStep.Kind.BREACH);
        assertThat(steps.get(1).recipients()).contains(Recipient.MARKETING_OPERATIONS);
        assertThat(steps.get(1).words()).contains("flagged for recycling to marketing");
    }

    @Test
    void firing_records_each_transition_once_and_says_when_to_look_next() {
        LeadState lead = SlaFixture.handedOff(engine);
        Clock warned = clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-03T16:00"));
        assertThat(Firing.next(warned, Firing.Recorded.NOTHING)).contains(warned.warnAt());
        List<EscalationStep> atWarning = Firing.due(warned, Firing.Recorded.NOTHING, agreement.escalation(),
                ny("2027-03-03T16:00"));
        assertThat(atWarning).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(EscalationStep.Kind.WARNING);
            assertThat(s.recipients()).containsExactly(Recipient.REP);
        });
        Firing.Recorded afterWarning = Firing.after(Firing.Recorded.NOTHING, atWarning);
        assertThat(Firing.due(warned, afterWarning, agreement.escalation(), ny("2027-03-03T16:00"))).isEmpty();
        assertThat(Firing.next(warned, afterWarning)).contains(warned.dueAt());

        Clock late = clock(lead, ClockKind.FIRST_FOLLOW_UP, ny("2027-03-05T09:02"));
        List<EscalationStep> steps = Firing.due(late, afterWarning, agreement.escalation(), ny("2027-03-05T09:02"));
        assertThat(steps).extracting(EscalationStep::kind)
                .containsExactly(EscalationStep.Kind.BREACH, EscalationStep.Kind.REASSIGN);
        assertThat(steps.get(0).recipients()).containsExactly(Recipient.REP, Recipient.MANAGER);
        Firing.Recorded all = Firing.after(afterWarning, steps);
        assertThat(Firing.next(late, all)).isEmpty();
    }

    @Test
    void a_business_time_minimum_before_recycling_is_enforced_by_the_engine() {
        Agreement strict = SlaFixture.agreement(new org.leadpact.agreement.SalesSla(
                org.leadpact.agreement.AgreedDuration.parse("30 minutes"),
                org.leadpact.agreement.AgreedDuration.parse("24 business hours"), 3, 3,
                org.leadpact.agreement.AgreedDuration.parse("14 days"), org.leadpact.agreement.AgreedDuration.parse("14 days"),
                org.leadpact.agreement.AgreedDuration.parse("14 business hours"), null));
        LeadEngine strictEngine = new LeadEngine(strict, WorkCalendar.of(strict.calendar()));
        LeadState lead = SlaFixture.handedOff(strictEngine);
        // 13h58m of business time by Tuesday 17:00; the 14th hour ends Wednesday 09:02.
        var refused = strictEngine.handle(lead, new Command.SetDisposition(ny("2027-03-02T16:59"), Disposition.RECYCLE,
                "alice", null));
        assertThat(refused).isInstanceOfSatisfying(org.leadpact.lifecycle.Outcome.Rejected.class, r -> {
            assertThat(r.rule()).isEqualTo("salesSla.minimumTimeBeforeRecycle");
            assertThat(r.reason()).endsWith("so not before 2027-03-03T14:02:00Z");
        });
        assertThat(strictEngine.handle(lead, new Command.SetDisposition(ny("2027-03-03T09:02"), Disposition.RECYCLE,
                "alice", null))).isInstanceOf(org.leadpact.lifecycle.Outcome.Accepted.class);
        Clock guard = Clocks.of(lead, strict, SlaContext.of(WorkCalendar.of(strict.calendar())), ny("2027-03-03T10:00"))
                .stream().filter(c -> c.kind() == ClockKind.MINIMUM_WORKING_TIME).findFirst().orElseThrow();
        assertThat(guard.status()).isEqualTo(ClockStatus.MET);
        assertThat(guard.dueAt()).isEqualTo(ny("2027-03-03T09:02"));
    }

    @Test
    void a_reassignment_ends_the_first_reps_clocks_and_starts_the_new_reps_from_then() {
        LeadState lead = SlaFixture.handedOff(engine);
        // alice let it breach (Thursday 13:02); the SLA gave it to bob on Friday 09:02.
        lead = SlaFixture.apply(engine, lead, new Command.Reassign(ny("2027-03-05T09:02"), "bob", "system",
                "the SLA reassigned it from alice", "escalation.reassignAfter"));
        List<Clock> clocks = Clocks.of(lead, agreement, context, ny("2027-03-05T10:00"));
        Clock alices = clocks.stream().filter(c -> c.kind() == ClockKind.FIRST_FOLLOW_UP && c.cycle() == 1)
                .findFirst().orElseThrow();
        assertThat(alices.owner()).isEqualTo("alice");
        assertThat(alices.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(alices.reassignAt()).as("reassigned already: nothing more to fire").isNull();
        assertThat(alices.explanation()).contains("then the lead went to rep bob at 2027-03-05T14:02:00Z");
        Clock bobs = clocks.stream().filter(c -> c.kind() == ClockKind.FIRST_FOLLOW_UP && c.cycle() == 2)
                .findFirst().orElseThrow();
        assertThat(bobs.owner()).isEqualTo("bob");
        assertThat(bobs.startedAt()).isEqualTo(ny("2027-03-05T09:02"));
        assertThat(bobs.status()).isEqualTo(ClockStatus.RUNNING);
        // 24 business hours from Friday 09:02: 6h58m Friday, 7h Monday and Tuesday, 3h02m Wednesday.
        assertThat(bobs.dueAt()).isEqualTo(ny("2027-03-10T13:02"));
        Clock alicesStatus = clocks.stream().filter(c -> c.kind() == ClockKind.STATUS_UPDATE && c.cycle() == 1)
                .findFirst().orElseThrow();
        assertThat(alicesStatus.status()).as("a reassignment is not a disposition").isEqualTo(ClockStatus.CANCELLED);
        assertThat(clocks.stream().filter(c -> c.kind() == ClockKind.MINIMUM_WORKING_TIME))
                .as("the stay with sales goes on: one minimum working time, from the hand-off")
                .singleElement().satisfies(c -> assertThat(c.startedAt()).isEqualTo(LeadFixture.minutes(2)));

        // bob touches it on Monday: his clock is met; alice's breach stays hers.
        LeadState touched = touched(lead, ActivityType.SALES_CALL, ny("2027-03-08T09:30"), null);
        List<Clock> later = Clocks.of(touched, agreement, context, ny("2027-03-08T10:00"));
        assertThat(later.stream().filter(c -> c.kind() == ClockKind.FIRST_FOLLOW_UP).map(Clock::status))
                .containsExactly(ClockStatus.BREACHED, ClockStatus.MET);
    }

    @Test
    void could_not_reach_counts_the_touches_of_the_rep_who_holds_the_lead() {
        LeadState lead = SlaFixture.handedOff(engine);
        for (int day = 0; day < 3; day++) { // alice's three calls and three e-mails, Monday to Wednesday
            lead = touched(lead, ActivityType.SALES_CALL, ny("2027-03-0" + (1 + day) + "T10:00"), "no answer");
            lead = touched(lead, ActivityType.SALES_EMAIL, ny("2027-03-0" + (1 + day) + "T10:05"), null);
        }
        lead = SlaFixture.apply(engine, lead, new Command.Reassign(ny("2027-03-04T09:00"), "bob", "manager", "vacation"));
        var refused = engine.handle(lead, new Command.SetDisposition(ny("2027-03-04T10:00"), Disposition.COULD_NOT_REACH,
                "bob", null));
        assertThat(refused).isInstanceOfSatisfying(org.leadpact.lifecycle.Outcome.Rejected.class,
                r -> assertThat(r.reason()).contains("logged 0 calls and 0 e-mails"));
        assertThat(Clocks.of(lead, agreement, context, ny("2027-03-04T10:00")).stream()
                .filter(c -> c.kind() == ClockKind.TOUCH_CADENCE).map(Clock::status))
                .containsExactly(ClockStatus.MET, ClockStatus.RUNNING);
    }
}
