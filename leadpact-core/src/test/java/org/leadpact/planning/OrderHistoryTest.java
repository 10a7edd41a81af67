package org.leadpact.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

class OrderHistoryTest {
    static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");

    static StageChanged to(Stage from, Stage to, int day, String amount) {
        return new StageChanged(JAN.plusSeconds(86_400L * day), from, to, "t", "x", null, "1", null,
                amount == null ? null : new BigDecimal(amount));
    }

    static List<LeadEvent> wonAfter(int days, String amount) {
        List<LeadEvent> events = new ArrayList<>();
        events.add(to(Stage.NEW, Stage.MQL, 0, null));
        events.add(to(Stage.MQL, Stage.HANDED_OFF, 1, null));
        events.add(to(Stage.HANDED_OFF, Stage.OPPORTUNITY, 2, null));
        events.add(to(Stage.OPPORTUNITY, Stage.WON, days, amount));
        return events;
    }

    @Test
    void order_size_cycle_and_leads_per_order_come_from_the_won_deals() {
        OrderHistory.Tally tally = new OrderHistory.Tally();
        tally.add(wonAfter(20, "1000"));
        tally.add(wonAfter(40, "2000"));
        tally.add(wonAfter(100, "4500"));
        for (int i = 0; i < 7; i++) {
            tally.add(List.of(to(Stage.NEW, Stage.MQL, 3, null)));
        }
        tally.add(List.of());

        OrderHistory h = tally.figures().orElseThrow();
        assertThat(h.leads()).isEqualTo(11);
        assertThat(h.mqls()).isEqualTo(10);
        assertThat(h.won()).isEqualTo(3);
        assertThat(h.orderSize()).isEqualByComparingTo("2500.00");
        assertThat(h.medianDaysToWin()).isEqualByComparingTo("40");
        // 40 days is 1.31 months of 30.4375 days: rounded up, 2.
        assertThat(h.salesCycleMonths()).isEqualTo(2);
        assertThat(h.leadsPerOrder()).isEqualByComparingTo("3.33");
    }

    @Test
    void an_even_number_of_wins_takes_the_middle_of_the_two_middle_ones_and_a_short_cycle_is_one_month() {
        OrderHistory.Tally tally = new OrderHistory.Tally();
        tally.add(wonAfter(3, "10"));
        tally.add(wonAfter(6, "10"));

        OrderHistory h = tally.figures().orElseThrow();
        assertThat(h.medianDaysToWin()).isEqualByComparingTo("4.5");
        assertThat(h.salesCycleMonths()).isEqualTo(1);
    }

    @Test
    void a_history_without_a_won_deal_gives_no_figures() {
        OrderHistory.Tally tally = new OrderHistory.Tally();
        tally.add(List.of(to(Stage.NEW, Stage.MQL, 3, null)));
        assertThat(tally.figures()).isEmpty();
    }
}
