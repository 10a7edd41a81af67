package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Aging on day 100, with the bucket edges: 7 days is 0-7, 8 is 8-15, 120 is 61-120, 121 is over 120. */
class AgingReportTest {
    static final Instant DAY_100 = Lead.day(100);
    static final List<LeadFacts> LEADS = Lead.facts(
            Lead.created("g", 59).qualify(60).handOff(60, "alice").touch(92.5),
            Lead.created("h", 59).qualify(60).handOff(60, "alice").touch(92),
            Lead.created("i", 49).qualify(50).handOff(50, "alice"),
            Lead.created("j", -31).qualify(-30).handOff(-30, "bob").touch(-20),
            Lead.created("k", -31).qualify(-30).handOff(-30, "bob").touch(-21),
            Lead.created("l", 9).qualify(10).handOff(10, "bob").open(20).touch(70),
            Lead.created("m", 9).qualify(10).handOff(10, "bob").open(20).touch(30).win(40, 5),
            Lead.created("n", 9).qualify(10).handOff(10, "bob").touch(30).recycle(50));

    private final AgingReport report = AgingReport.compute(LEADS, DAY_100, Filter.NONE);

    @Test
    void each_reps_open_leads_fall_in_buckets_by_whole_days_since_their_last_sales_touch() {
        assertThat(report.reps()).extracting(AgingReport.RepRow::rep).containsExactly("alice", "bob");
        assertThat(report.reps().get(0).buckets()).containsExactly(Map.entry("no-activity", 1L), Map.entry("0-7", 1L),
                Map.entry("8-15", 1L), Map.entry("16-30", 0L), Map.entry("31-60", 0L), Map.entry("61-120", 0L),
                Map.entry("over-120", 0L));
        assertThat(report.reps().get(1).buckets()).containsEntry("16-30", 1L).containsEntry("61-120", 1L)
                .containsEntry("over-120", 1L).containsEntry("no-activity", 0L);
        assertThat(report.total().total()).as("won and recycled leads are not open").isEqualTo(6);
    }

    @Test
    void the_list_behind_a_cell_names_its_leads() {
        assertThat(AgingReport.cell(LEADS, DAY_100, "bob", AgingBucket.OVER_120)).singleElement()
                .satisfies(l -> {
                    assertThat(l.lead()).isEqualTo("k");
                    assertThat(l.days()).isEqualTo(121);
                });
        assertThat(AgingReport.cell(LEADS, DAY_100, "alice", AgingBucket.NO_ACTIVITY)).extracting(AgingReport.AgedLead::lead)
                .containsExactly("i");
        assertThat(AgingReport.cell(LEADS, DAY_100, null, null)).hasSize(6);
    }

    @Test
    void a_rep_filter_keeps_only_that_reps_row() {
        AgingReport alice = new Reports(LEADS, rep -> Optional.empty()).aging(DAY_100, Filter.NONE.withRep("alice"));
        assertThat(alice.reps()).extracting(AgingReport.RepRow::rep).containsExactly("alice");
        assertThat(alice.total().total()).isEqualTo(3);
    }

    @Test
    void a_team_filter_keeps_the_reps_of_that_team() {
        Filter east = new Filter("east", null, null, null, null, null, null);
        AgingReport report = new Reports(LEADS, rep -> rep.equals("bob") ? Optional.of("East") : Optional.empty())
                .aging(DAY_100, east);
        assertThat(report.reps()).extracting(AgingReport.RepRow::rep).containsExactly("bob");
    }
}
