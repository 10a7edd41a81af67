package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand for six leads over 2027-Q1 (days 0 to 89; day 90 is April 1st). */
class FunnelReportTest {
    static final Lead A = Lead.created("a", 0, "source", "webinar").qualify(2).handOff(3, "alice").accept(4).open(10)
            .win(40, 1000);
    /** Opened straight from the hand-off, lost, recycled, requalified in February and accepted. */
    static final Lead B = Lead.created("b", 5, "source", "webinar").qualify(6).handOff(6, "alice").open(8).lose(20)
            .recycle(25).qualify(35).handOff(36, "bob").accept(37);
    /** Recycled by sales, then requalified in March. */
    static final Lead C = Lead.created("c", 40, "source", "ads").qualify(42).handOff(43, "bob").recycle(45).qualify(63);
    static final Lead D = Lead.created("d", 20);
    static final Lead E = Lead.created("e", 95, "source", "ads").qualify(96);
    /** Known in December, qualified at the first second of the period, handed off at the first second after it. */
    static final Lead F = Lead.created("f", -10, "source", "webinar").qualify(0).handOff(90, "alice");

    static List<LeadFacts> all() {
        return Lead.facts(A, B, C, D, E, F);
    }

    private final FunnelReport q1 = FunnelReport.compute(all(), Range.period("2027-Q1"), Filter.NONE);

    @Test
    void each_stage_counts_the_leads_that_entered_it_in_the_period_once_each_boundary_included_at_the_start_only() {
        assertThat(q1.stages()).extracting(FunnelReport.StageCount::stage, FunnelReport.StageCount::leads)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lead", 4L), org.assertj.core.groups.Tuple.tuple("mql", 4L),
                        org.assertj.core.groups.Tuple.tuple("handed-off", 3L), org.assertj.core.groups.Tuple.tuple("sal", 2L),
                        org.assertj.core.groups.Tuple.tuple("opportunity", 2L), org.assertj.core.groups.Tuple.tuple("won", 1L),
                        org.assertj.core.groups.Tuple.tuple("lost", 1L));
    }

    @Test
    void conversions_divide_each_stage_by_the_one_before_it_in_the_same_period() {
        assertThat(q1.conversions()).extracting(FunnelReport.Conversion::rate).containsExactly(0.5, 1.0, 0.5, 0.5);
        assertThat(q1.conversions().get(3).from()).isEqualTo("lead");
    }

    @Test
    void cohorts_follow_the_leads_that_first_qualified_in_each_month_to_wherever_they_got() {
        assertThat(q1.cohorts()).hasSize(2);
        FunnelReport.Cohort jan = q1.cohorts().get(0);
        assertThat(jan).isEqualTo(new FunnelReport.Cohort("2027-01", 3, 3, 2, 2, 1, 1, 0.6667, 1.0, 0.5, 0.6667));
        FunnelReport.Cohort feb = q1.cohorts().get(1);
        assertThat(feb).isEqualTo(new FunnelReport.Cohort("2027-02", 1, 1, 0, 0, 0, 0, 0.0, null, null, 0.0));
    }

    @Test
    void velocity_times_each_stay_that_ended_in_the_period() {
        assertThat(q1.velocity()).containsExactly(
                new FunnelReport.Velocity("new", 4, 2.0, 10.0),
                new FunnelReport.Velocity("mql", 4, 1.0, 1.0),
                new FunnelReport.Velocity("handed-off", 4, 1.5, 2.0),
                new FunnelReport.Velocity("sal", 1, 6.0, 6.0),
                new FunnelReport.Velocity("opportunity", 2, 21.0, 30.0),
                new FunnelReport.Velocity("nurture", 2, 14.0, 18.0));
    }

    @Test
    void a_period_without_data_counts_zero_and_divides_nothing() {
        FunnelReport none = FunnelReport.compute(List.of(), Range.period("2030"), Filter.NONE);
        assertThat(none.stages()).allMatch(s -> s.leads() == 0);
        assertThat(none.conversions()).allMatch(c -> c.rate() == null);
        assertThat(none.cohorts()).isEmpty();
        assertThat(none.velocity()).allMatch(v -> v.stays() == 0 && v.medianDays() == null);
        assertThat(none.sections()).hasSize(4);
    }

    @Test
    void every_report_states_its_definitions() {
        assertThat(q1.definitions()).containsKeys("period", "mql", "sal", "cohorts", "velocity");
    }
}
