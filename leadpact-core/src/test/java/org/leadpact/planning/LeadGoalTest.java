package org.leadpact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LeadGoalTest {
    static BookingsGoal goal(String bookings, String price, String leadToOpp, String oppToDeal) {
        return new BookingsGoal(new BigDecimal(bookings), new BigDecimal(price), new BigDecimal(leadToOpp),
                new BigDecimal(oppToDeal));
    }

    @Test
    void a_million_at_twenty_thousand_takes_fifty_deals_two_hundred_opportunities_two_thousand_leads() {
        LeadGoal plan = LeadGoal.of(goal("1000000", "20000", "0.10", "0.25"));

        assertThat(plan.year()).isEqualTo(new LeadGoal.Need(50, 200, 2000));
        // 50 / 12 = 4.17, 200 / 12 = 16.67, 2000 / 12 = 166.67: each rounded up.
        assertThat(plan.perMonth()).isEqualTo(new LeadGoal.Need(5, 17, 167));
    }

    @Test
    void each_figure_is_rounded_up_from_the_rounded_figure_before_it() {
        LeadGoal plan = LeadGoal.of(goal("1000001", "20000", "0.3", "0.3"));

        // 50.00005 → 51 deals; 51 / 0.3 = 170 opportunities; 170 / 0.3 = 566.67 → 567 leads.
        assertThat(plan.year()).isEqualTo(new LeadGoal.Need(51, 170, 567));
        assertThat(plan.perMonth()).isEqualTo(new LeadGoal.Need(5, 15, 48));
    }

    @Test
    void rates_are_shares_above_zero_and_at_most_one() {
        assertThatThrownBy(() -> goal("1000000", "20000", "10", "0.25"))
                .hasMessageContaining("lead-to-opportunity rate is a share between 0 and 1 (got 10; write 10% as 0.10)");
        assertThatThrownBy(() -> goal("1000000", "20000", "0.1", "0"))
                .hasMessageContaining("opportunity-to-deal rate must be more than zero");
        assertThatThrownBy(() -> goal("1000000", "0", "0.1", "0.2")).hasMessageContaining("average price");
    }
}
