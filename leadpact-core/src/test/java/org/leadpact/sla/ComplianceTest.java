package org.leadpact.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.Period;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;

/** The scoreboard of March 2027 for two of alice's leads, counted by hand. */
class ComplianceTest {
    private final Agreement agreement = SlaFixture.agreement();
    private final LeadEngine engine = new LeadEngine(agreement);
    private final SlaContext context = SlaContext.of(WorkCalendar.of(agreement.calendar()));

    /** Touched 18 business minutes after hand-off, accepted an hour in; the other never touched. */
    private List<LeadState> leads() {
        LeadState a = SlaFixture.apply(engine, SlaFixture.handedOff(engine, "lead-a"), new Command.RecordActivity(
                new Activity(ActivityType.SALES_CALL, LeadFixture.minutes(20), null, null, null, null, null, 0, null,
                        "alice")));
        a = SlaFixture.apply(engine, a, new Command.SetDisposition(LeadFixture.minutes(60), Disposition.ACCEPTED,
                "alice", null));
        return List.of(a, SlaFixture.handedOff(engine, "lead-b"));
    }

    @Test
    void each_side_is_measured_by_its_promises_and_the_two_sit_side_by_side() {
        ComplianceReport r = Compliance.of(leads(), agreement, context, ReportPeriod.parse("2027-03"),
                SlaFixture.ny("2027-03-20T12:00"), Compliance.By.REP, rep -> null);
        ComplianceReport.SalesLine alice = r.sales().get(0);
        assertThat(alice.group()).isEqualTo("alice");
        // Met: a's first follow-up and status update. Breached: a's cadence, and all three of b's.
        assertThat(alice.met()).isEqualTo(2);
        assertThat(alice.breached()).isEqualTo(4);
        assertThat(alice.metShare()).isEqualTo(0.3333);
        assertThat(alice.firstFollowUpMedianMinutes()).isEqualTo(18L);
        assertThat(alice.firstFollowUpP90Minutes()).isEqualTo(18L);
        assertThat(alice.touchesPerLead()).containsEntry("0", 1).containsEntry("1", 1).containsEntry("6+", 0);
        assertThat(alice.breaches()).extracting(ComplianceReport.Breach::clock).containsExactlyInAnyOrder(
                "lead-a/touch-cadence/1", "lead-b/first-follow-up/1", "lead-b/touch-cadence/1", "lead-b/status-update/1");

        ComplianceReport.MarketingSide m = r.marketing();
        assertThat(m.delivered()).isEqualTo(2);
        assertThat(m.withinTargetShare()).isEqualTo(1.0);
        assertThat(m.dispositioned()).isEqualTo(1);
        assertThat(m.acceptedShare()).isEqualTo(1.0);
        assertThat(m.notMeetingDefinition()).isEmpty();
        assertThat(m.quota()).singleElement().isEqualTo(new ComplianceReport.QuotaBucket("2027-03", 2, 0, true));

        assertThat(r.scoreboard().salesClocksMetShare()).isEqualTo(0.3333);
        assertThat(r.scoreboard().salesBreaches()).isEqualTo(4);
        assertThat(r.scoreboard().deliveredWithinTargetShare()).isEqualTo(1.0);
        assertThat(r.definitions()).containsKeys("metShare", "firstFollowUpMinutes", "notMeetingDefinition");
    }

    @Test
    void by_team_groups_reps_by_the_directory_and_reps_without_a_team_stand_apart() {
        assertThat(Compliance.of(leads(), agreement, context, ReportPeriod.parse("2027-Q1"),
                SlaFixture.ny("2027-03-20T12:00"), Compliance.By.TEAM, rep -> null).sales())
                .extracting(ComplianceReport.SalesLine::group).containsExactly("(no team)");
        assertThat(Compliance.of(leads(), agreement, context, ReportPeriod.parse("2027-Q1"),
                SlaFixture.ny("2027-03-20T12:00"), Compliance.By.TEAM, rep -> "east").sales())
                .extracting(ComplianceReport.SalesLine::group).containsExactly("east");
    }

    @Test
    void a_period_outside_the_hand_offs_counts_nothing() {
        ComplianceReport r = Compliance.of(leads(), agreement, context, ReportPeriod.parse("2027-04"),
                SlaFixture.ny("2027-04-20T12:00"), Compliance.By.REP, rep -> null);
        assertThat(r.sales()).isEmpty();
        assertThat(r.marketing().delivered()).isZero();
        assertThat(r.marketing().withinTargetShare()).isNull();
    }

    @Test
    void periods_are_months_quarters_weeks_years_or_spans_of_days_and_split_into_quota_periods() {
        assertThat(ReportPeriod.parse("2027-Q1")).isEqualTo(new ReportPeriod("2027-Q1", LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-04-01")));
        assertThat(ReportPeriod.parse("2027-W10").from()).isEqualTo(LocalDate.parse("2027-03-08"));
        assertThat(ReportPeriod.parse("2027").until()).isEqualTo(LocalDate.parse("2028-01-01"));
        assertThat(ReportPeriod.between(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31")))
                .isEqualTo(ReportPeriod.parse("2027-03").withLabel("2027-03-01..2027-03-31"));
        assertThat(ReportPeriod.parse("2027-03").buckets(Period.WEEK)).extracting(ReportPeriod::label)
                .containsExactly("2027-W09", "2027-W10", "2027-W11", "2027-W12", "2027-W13");
        assertThat(ReportPeriod.parse("2027-03").buckets(Period.WEEK).getLast().until())
                .isEqualTo(LocalDate.parse("2027-04-01"));
        assertThat(ReportPeriod.parse("2027-Q1").buckets(Period.MONTH)).hasSize(3);
        assertThatThrownBy(() -> ReportPeriod.parse("March")).hasMessageContaining("a quarter (2027-Q1)");
    }
}
