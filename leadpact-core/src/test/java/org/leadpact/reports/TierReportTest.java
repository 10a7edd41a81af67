package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierReportTest {
    private static Lead won(String id, String company, double day, long amount) {
        Lead lead = company == null ? Lead.created(id, day - 5) : Lead.created(id, day - 5, "company", company);
        return lead.handOff(day - 4, "rep").open(day - 3).win(day, amount);
    }

    @Test
    void a_customer_starting_exactly_at_80_percent_is_b_and_one_with_nothing_this_period_is_d() {
        TierReport r = TierReport.compute(Lead.facts(won("1", "Alpha", 10, 80), won("2", "Beta", 11, 10),
                won("3", "Gamma", 12, 5), won("4", "Delta", 13, 5), won("5", "Epsilon", -100, 40),
                won("6", null, 14, 7)), Range.period("2027-Q1"), Filter.NONE);
        assertThat(r.customers()).extracting(TierReport.Customer::company, TierReport.Customer::tier).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alpha", "A"), org.assertj.core.groups.Tuple.tuple("Beta", "B"),
                org.assertj.core.groups.Tuple.tuple("Delta", "C"), org.assertj.core.groups.Tuple.tuple("Gamma", "C"),
                org.assertj.core.groups.Tuple.tuple("Epsilon", "D"));
        assertThat(r.totalValue()).isEqualByComparingTo("100");
        assertThat(r.customers().get(1).cumulativeShare()).isEqualTo(0.9);
        assertThat(r.wonWithoutCompany()).isEqualTo(1);
        assertThat(r.valueWithoutCompany()).isEqualByComparingTo("7");
        assertThat(r.tiers()).extracting(TierReport.TierTotal::customers).containsExactly(1L, 1L, 2L, 1L);
        TierReport top = r.limited(2);
        assertThat(top.customers()).extracting(TierReport.Customer::company).containsExactly("Alpha", "Beta");
        assertThat(top.customerCount()).isEqualTo(5);
        assertThat(top.tiers()).isEqualTo(r.tiers());
    }

    @Test
    void the_customer_that_crosses_80_percent_is_still_a() {
        TierReport r = TierReport.compute(Lead.facts(won("1", "Alpha", 10, 50), won("2", "Beta", 11, 40),
                won("3", "Gamma", 12, 10)), Range.ALL, Filter.NONE);
        assertThat(r.customers()).extracting(TierReport.Customer::tier).containsExactly("A", "A", "C");
    }

    @Test
    void the_boundaries_are_compared_exactly() {
        BigDecimal total = BigDecimal.valueOf(3);
        assertThat(TierReport.tier(new BigDecimal("2.4"), BigDecimal.ONE, total)).isEqualTo("B");
        assertThat(TierReport.tier(new BigDecimal("2.39999"), BigDecimal.ONE, total)).isEqualTo("A");
        assertThat(TierReport.tier(new BigDecimal("2.7"), BigDecimal.ONE, total)).isEqualTo("C");
        assertThat(TierReport.tier(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)).isEqualTo("D");
    }

    @Test
    void no_wins_means_no_customers() {
        TierReport r = TierReport.compute(List.of(), Range.ALL, Filter.NONE);
        assertThat(r.customers()).isEmpty();
        assertThat(r.tiers()).allMatch(t -> t.customers() == 0 && t.share() == null);
    }
}
