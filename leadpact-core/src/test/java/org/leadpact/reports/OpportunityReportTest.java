package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opportunities on a three-stage ladder (prospect 10%, demo 30%, proposal 60%) in 2027-Q1, as of day 70. */
class OpportunityReportTest {
    static final List<LeadFacts> LEADS = Lead.facts(
            Lead.created("o1", 0).handOff(0, "alice").open(1).move(5, "demo", 30).move(10, "proposal", 60).win(20, 100),
            Lead.created("o2", 0).handOff(0, "alice").open(2).move(6, "demo", 30).lose(12),
            Lead.created("o3", 0).handOff(0, "bob").open(3).lose(33),
            Lead.created("o4", 0).handOff(0, "bob").open(4).move(7, "demo", 30),
            Lead.created("o5", 0).handOff(0, "bob").open(60).move(61, "proposal", 60),
            Lead.created("o6", -60).handOff(-60, "bob").open(-50).lose(-40));

    private final OpportunityReport q1 = OpportunityReport.compute(LEADS, Range.period("2027-Q1"), Filter.NONE,
            Lead.day(70));

    @Test
    void each_step_counts_the_opportunities_that_reached_it_skipped_stages_included() {
        assertThat(q1.opened()).isEqualTo(5);
        assertThat(q1.steps()).containsExactly(
                new OpportunityReport.Step("prospect", 10, 5, null),
                new OpportunityReport.Step("demo", 30, 4, 0.8),
                new OpportunityReport.Step("proposal", 60, 2, 0.5),
                new OpportunityReport.Step("won", null, 1, 0.5));
    }

    @Test
    void the_weakest_step_is_the_lowest_conversion_and_the_earliest_on_a_tie() {
        assertThat(q1.weakestStep().stage()).isEqualTo("proposal");
    }

    @Test
    void win_and_loss_cycles_run_from_opening_to_closing_in_the_period() {
        assertThat(q1.won()).isEqualTo(new OpportunityReport.Cycle(1, 19.0, 19.0));
        assertThat(q1.lost()).isEqualTo(new OpportunityReport.Cycle(2, 20.0, 20.0));
        assertThat(q1.averageLostCycleDays()).as("(10 + 30 + 10) / 3, all time").isEqualTo(16.7);
    }

    @Test
    void open_opportunities_older_than_the_average_lost_one_are_suggested_for_recycling() {
        assertThat(q1.stale()).singleElement().isEqualTo(new OpportunityReport.Stale("o4", "bob", "demo",
                Lead.day(4), 66));
    }

    @Test
    void no_lost_opportunity_means_no_stale_ones_and_no_data_means_only_the_won_step() {
        OpportunityReport none = OpportunityReport.compute(List.of(), Range.ALL, Filter.NONE, Lead.day(0));
        assertThat(none.steps()).singleElement().extracting(OpportunityReport.Step::opportunities).isEqualTo(0L);
        assertThat(none.weakestStep()).isNull();
        assertThat(none.stale()).isEmpty();
        assertThat(none.averageLostCycleDays()).isNull();
    }
}
