package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.planning.OrderHistory;

/** The dashboard's cohort funnel, its stage-change test, and the planner's history taken from facts. */
class CohortFunnelTest {
    static final List<LeadFacts> LEADS = Lead.facts(
            Lead.created("jan-won", 3).qualify(4).handOff(4.5, "alice").accept(5).open(6).win(40, 9000),
            Lead.created("jan-mql", 10).qualify(11),
            Lead.created("jan-cold", 20),
            Lead.created("feb-won", 35).qualify(36).handOff(36, "bob").open(37).win(60, 3000));

    @Test
    void a_cohort_counts_the_leads_created_in_its_month_in_every_stage_they_reached_whenever() {
        FunnelReport january = new Reports(LEADS, rep -> java.util.Optional.empty()).cohort(Range.period("2027-01"),
                Filter.NONE);
        assertThat(january.stages()).extracting(FunnelReport.StageCount::leads).containsExactly(3L, 2L, 1L, 1L, 1L, 1L, 0L);
        assertThat(january.conversions().get(0).rate()).isEqualTo(0.5);
        assertThat(january.definitions().get("period")).contains("cohort");
        FunnelReport february = new Reports(LEADS, rep -> java.util.Optional.empty()).cohort(Range.period("2027-02"),
                Filter.NONE.withRep("bob"));
        // opened straight from the hand-off: counted as accepted too
        assertThat(february.stages()).extracting(FunnelReport.StageCount::leads).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 0L);
    }

    @Test
    void a_lead_stepped_in_a_span_when_one_of_its_stage_changes_falls_in_it() {
        LeadFacts won = LEADS.get(0);
        long day = 86_400;
        long t0 = Lead.T0.getEpochSecond();
        assertThat(won.steppedIn(t0 + 4 * day, t0 + 5 * day)).isTrue();
        assertThat(won.steppedIn(t0 + 7 * day, t0 + 40 * day)).isFalse();
        assertThat(won.steppedIn(t0 + 40 * day, t0 + 41 * day)).isTrue();
        assertThat(LEADS.get(2).steppedIn(t0, t0 + 365 * day)).isFalse();
    }

    @Test
    void the_planner_s_history_from_facts_matches_the_history_from_events() {
        OrderHistory.Tally fromFacts = new OrderHistory.Tally();
        OrderHistory.Tally fromEvents = new OrderHistory.Tally();
        List<Lead> leads = List.of(
                Lead.created("a", 3).qualify(4).handOff(4.5, "alice").accept(5).open(6).win(40, 9000),
                Lead.created("b", 10).qualify(11),
                Lead.created("c", 35).qualify(36).handOff(36, "bob").open(37).win(60, 3000));
        for (Lead l : leads) {
            fromFacts.add(l.facts());
            fromEvents.add(l.state().history());
        }
        assertThat(fromFacts.figures()).isEqualTo(fromEvents.figures());
        assertThat(fromFacts.figures().orElseThrow().orderSize()).isEqualByComparingTo("6000");
    }
}
