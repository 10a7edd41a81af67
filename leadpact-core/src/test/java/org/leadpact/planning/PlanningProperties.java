package org.leadpact.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What any plan must hold, whatever the goal. */
class PlanningProperties {

    @Property(tries = 500)
    void monthly_orders_add_up_to_the_orders_needed_and_ramp_by_at_most_one(
            @ForAll @LongRange(min = 1, max = 10_000_000) long revenue, @ForAll @IntRange(min = 1, max = 5000) int size,
            @ForAll @IntRange(min = 1, max = 11) int cycle, @ForAll @IntRange(min = 1, max = 40) int leadsPerOrder) {
        RevenuePlan plan = ReverseFunnel.plan(new RevenueGoal(BigDecimal.valueOf(revenue), BigDecimal.valueOf(size),
                cycle, BigDecimal.valueOf(leadsPerOrder), 2027));
        long[] orders = ReverseFunnelTest.orders(plan);

        assertThat(plan.totalOrders()).isEqualTo(plan.ordersNeeded());
        assertThat(plan.ordersNeeded() * size).isGreaterThanOrEqualTo(revenue);
        assertThat((plan.ordersNeeded() - 1) * size).isLessThan(revenue);
        for (int m = 0; m < 12; m++) {
            if (m < cycle) {
                assertThat(orders[m]).isZero();
            } else if (m > cycle) {
                assertThat(orders[m] - orders[m - 1]).isBetween(0L, 1L);
            }
        }
        assertThat(orders[11] - orders[cycle]).isBetween(0L, 1L);
        // Every order closes from leads of a month this year, so whole leads per order add up exactly.
        assertThat(plan.totalQualifiedLeads()).isEqualTo(plan.ordersNeeded() * leadsPerOrder);
        assertThat(plan.totalQualifiedLeads()).isEqualTo(plan.months().stream()
                .mapToLong(MonthPlan::qualifiedLeads).sum());
    }

    @Property(tries = 500)
    void twelve_months_of_the_raw_lead_goal_cover_the_year(
            @ForAll @LongRange(min = 1, max = 100_000_000) long bookings, @ForAll @IntRange(min = 1, max = 100_000) int price,
            @ForAll @IntRange(min = 1, max = 100) int leadToOppPercent,
            @ForAll @IntRange(min = 1, max = 100) int oppToDealPercent) {
        LeadGoal plan = LeadGoal.of(new BookingsGoal(BigDecimal.valueOf(bookings), BigDecimal.valueOf(price),
                BigDecimal.valueOf(leadToOppPercent, 2), BigDecimal.valueOf(oppToDealPercent, 2)));

        assertThat(plan.year().deals() * price).isGreaterThanOrEqualTo(bookings);
        assertThat(plan.year().opportunities() * oppToDealPercent).isGreaterThanOrEqualTo(plan.year().deals() * 100);
        assertThat(plan.year().leads() * leadToOppPercent).isGreaterThanOrEqualTo(plan.year().opportunities() * 100);
        assertThat(plan.perMonth().leads() * 12).isGreaterThanOrEqualTo(plan.year().leads())
                .isLessThan(plan.year().leads() + 12);
        assertThat(plan.perMonth().deals() * 12).isGreaterThanOrEqualTo(plan.year().deals());
    }

    @Property(tries = 300)
    void raising_a_rate_never_lowers_the_final_count(@ForAll @IntRange(min = 0, max = 100) int a,
            @ForAll @IntRange(min = 0, max = 100) int b, @ForAll @IntRange(min = 0, max = 100) int raised) {
        Funnel base = new Funnel(java.util.List.of("A", "B", "C"), BigDecimal.valueOf(1000),
                java.util.List.of(BigDecimal.valueOf(a, 2), BigDecimal.valueOf(b, 2)));
        int better = Math.max(a, raised);
        WhatIf w = WhatIf.of(base, java.util.List.of(new WhatIf.Change("A", "B", BigDecimal.valueOf(better, 2))));

        assertThat(w.finalDifference().signum()).isGreaterThanOrEqualTo(0);
        assertThat(w.changed().counts().get(2)).isEqualByComparingTo(
                BigDecimal.valueOf(1000L * better * b, 4));
    }
}
