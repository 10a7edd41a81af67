package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.agreement.Period;

/** Q2 2027 valued by the MQLs of Q1 and before: a webinar MQL has been worth (1000 + 0) / 2. */
class LeadValueReportTest {
    static final MarketingSla MONTHLY_1000 = new MarketingSla(0, Period.MONTH, AgreedDuration.of(3,
            AgreedDuration.Unit.HOURS), true, 1000L);
    static final List<LeadFacts> LEADS = Lead.facts(
            Lead.created("a", 0, "source", "webinar").qualify(2).handOff(3, "x").open(4).win(100, 1000),
            Lead.created("b", 0, "source", "webinar").qualify(5),
            Lead.created("c", 0, "source", "ads").qualify(6),
            Lead.created("d", 90, "source", "webinar").qualify(91),
            Lead.created("e", 90, "source", "webinar").qualify(92),
            Lead.created("f", 90, "source", "webinar").qualify(93),
            Lead.created("g", 90, "source", "ads").qualify(94),
            Lead.created("h", 90).qualify(95),
            Lead.created("i", 200, "source", "webinar").qualify(200));

    @Test
    void marketing_delivered_each_new_mql_at_its_types_value_against_the_goal_for_three_months() {
        LeadValueReport r = LeadValueReport.compute(LEADS, Range.period("2027-Q2"), Filter.NONE, Dimension.SOURCE,
                MONTHLY_1000);
        assertThat(r.types().get(0)).isEqualTo(new LeadValueReport.LeadType("webinar", 2, BigDecimal.valueOf(1000),
                new BigDecimal("500.00"), 3, new BigDecimal("1500.00")));
        assertThat(r.types()).extracting(LeadValueReport.LeadType::type).containsExactly("webinar", "(none)", "ads");
        assertThat(r.types().get(1).valuePerMql()).as("no history").isNull();
        assertThat(r.mqlsDelivered()).isEqualTo(5);
        assertThat(r.deliveredValue()).isEqualByComparingTo("1500");
        assertThat(r.periodsCovered()).isEqualTo(3.0);
        assertThat(r.goal()).isEqualByComparingTo("3000");
        assertThat(r.attainment()).isEqualTo(0.5);
    }

    @Test
    void without_a_goal_there_is_no_attainment_and_without_a_period_no_report() {
        LeadValueReport r = LeadValueReport.compute(LEADS, Range.period("2027-Q2"), Filter.NONE, Dimension.OFFER,
                MarketingSla.DEFAULT);
        assertThat(r.goal()).isNull();
        assertThat(r.attainment()).isNull();
        assertThatThrownBy(() -> LeadValueReport.compute(LEADS, Range.ALL, Filter.NONE, Dimension.SOURCE,
                MONTHLY_1000)).hasMessageContaining("needs a period");
    }

    @Test
    void a_period_of_days_covers_quota_periods_by_its_length() {
        assertThat(LeadValueReport.periodsCovered(Range.period("2027"), Period.QUARTER)).isEqualTo(4.0);
        assertThat(LeadValueReport.periodsCovered(Range.dates(java.time.LocalDate.parse("2027-01-01"),
                java.time.LocalDate.parse("2027-01-14")), Period.WEEK)).isEqualTo(2.0);
    }
}
