package org.leadpact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReverseFunnelTest {
    static RevenueGoal goal(String revenue, String orderSize, int cycle, String leadsPerOrder) {
        return new RevenueGoal(new BigDecimal(revenue), new BigDecimal(orderSize), cycle, new BigDecimal(leadsPerOrder),
                2027);
    }

    static long[] orders(RevenuePlan plan) {
        return plan.months().stream().mapToLong(MonthPlan::orders).toArray();
    }

    static long[] leads(RevenuePlan plan) {
        return plan.months().stream().mapToLong(MonthPlan::qualifiedLeads).toArray();
    }

    @Test
    void fifty_orders_after_a_three_month_cycle_ramp_from_five_to_six_a_month_from_april() {
        RevenuePlan plan = ReverseFunnel.plan(goal("500000", "10000", 3, "6"));

        assertThat(plan.ordersNeeded()).isEqualTo(50);
        assertThat(orders(plan)).containsExactly(0, 0, 0, 5, 5, 5, 5, 6, 6, 6, 6, 6);
        // January's leads close in April (5 orders x 6), May's in August (6 x 6); October on closes next year.
        assertThat(leads(plan)).containsExactly(30, 30, 30, 30, 36, 36, 36, 36, 36, 0, 0, 0);
        assertThat(plan.totalOrders()).isEqualTo(50);
        assertThat(plan.totalQualifiedLeads()).isEqualTo(300);
        assertThat(plan.months().getFirst().month()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(plan.months().getLast().month()).isEqualTo(YearMonth.of(2027, 12));
    }

    @Test
    void a_goal_that_is_not_a_whole_number_of_orders_needs_one_more_order() {
        assertThat(goal("500001", "10000", 3, "6").ordersNeeded()).isEqualTo(51);
        assertThat(goal("499999.99", "10000", 3, "6").ordersNeeded()).isEqualTo(50);
    }

    @Test
    void fewer_orders_than_open_months_go_to_the_last_months() {
        RevenuePlan plan = ReverseFunnel.plan(goal("30000", "10000", 3, "4"));

        assertThat(orders(plan)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(leads(plan)).containsExactly(0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, 0);
    }

    @Test
    void an_eleven_month_cycle_closes_everything_in_december_from_januarys_leads() {
        RevenuePlan plan = ReverseFunnel.plan(goal("70000", "10000", 11, "3"));

        assertThat(orders(plan)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7);
        assertThat(leads(plan)).containsExactly(21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void a_one_month_cycle_spreads_orders_over_eleven_months() {
        RevenuePlan plan = ReverseFunnel.plan(goal("240000", "10000", 1, "2"));

        // 24 orders over February..December: 2 each, the last two months 3.
        assertThat(orders(plan)).containsExactly(0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3);
        assertThat(leads(plan)).containsExactly(4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 0);
    }

    @Test
    void fractional_leads_per_order_round_each_month_up() {
        RevenuePlan plan = ReverseFunnel.plan(goal("90000", "10000", 3, "9.5"));

        assertThat(orders(plan)).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        // 1 order x 9.5 leads = 9.5, so 10 qualified leads a month.
        assertThat(leads(plan)).containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0, 0)
                .doesNotContain(9);
    }

    @Test
    void bad_goals_are_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> goal("0", "10000", 3, "6")).hasMessageContaining("revenue goal must be more than zero");
        assertThatThrownBy(() -> goal("500000", "-1", 3, "6")).hasMessageContaining("order size must be more than zero");
        assertThatThrownBy(() -> goal("500000", "10000", 0, "6")).hasMessageContaining("1 to 11 whole months");
        assertThatThrownBy(() -> goal("500000", "10000", 12, "6")).hasMessageContaining("1 to 11 whole months");
        assertThatThrownBy(() -> goal("500000", "10000", 3, "0")).hasMessageContaining("leads per order");
    }
}
