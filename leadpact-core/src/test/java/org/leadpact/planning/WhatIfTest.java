package org.leadpact.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    static final List<String> STAGES = List.of("Lead", "MQL", "Opportunity", "Demo", "Won");

    static Funnel funnel(int entering, String... rates) {
        return new Funnel(STAGES, BigDecimal.valueOf(entering), java.util.Arrays.stream(rates).map(BigDecimal::new)
                .toList());
    }

    static List<Long> shown(List<BigDecimal> counts) {
        return counts.stream().map(WhatIf::shown).toList();
    }

    @Test
    void a_better_demo_rate_is_worth_eleven_more_wins_out_of_a_thousand_leads() {
        WhatIf w = WhatIf.of(funnel(1000, "0.3", "0.5", "0.4", "0.25"),
                List.of(new WhatIf.Change("Opportunity", "Demo", new BigDecimal("0.70"))));

        assertThat(shown(w.base().counts())).containsExactly(1000L, 300L, 150L, 60L, 15L);
        // 150 x 0.70 = 105 demos, x 0.25 = 26.25 wins: shown as 26; the difference 11.25 as 11.
        assertThat(shown(w.changed().counts())).containsExactly(1000L, 300L, 150L, 105L, 26L);
        assertThat(w.finalDifference()).isEqualByComparingTo("11.25");
        assertThat(WhatIf.shown(w.finalDifference())).isEqualTo(11);
        assertThat(w.base().weakestStep()).isEqualTo(3);
    }

    @Test
    void counts_are_chained_exactly_and_rounded_half_up_only_for_display() {
        // 1000 x 0.333 = 333 x 0.0015 = 0.4995; rounding 333 first would give the same, but 0.5 shows as 1.
        Funnel f = new Funnel(List.of("A", "B", "C"), BigDecimal.valueOf(1000), List.of(new BigDecimal("0.3335"),
                new BigDecimal("0.0015")));
        assertThat(f.counts().get(2)).isEqualByComparingTo("0.50025");
        assertThat(shown(f.counts())).containsExactly(1000L, 334L, 1L);
        assertThat(WhatIf.shown(new BigDecimal("2.5"))).isEqualTo(3);
    }

    @Test
    void several_changes_apply_together_and_the_weakest_step_can_move() {
        WhatIf w = WhatIf.of(funnel(1000, "0.3", "0.5", "0.4", "0.25"), List.of(
                new WhatIf.Change("Demo", "Won", new BigDecimal("0.5")),
                new WhatIf.Change("Lead", "MQL", new BigDecimal("0.2"))));

        assertThat(w.changed().rates()).extracting(BigDecimal::toPlainString).containsExactly("0.2", "0.5", "0.4",
                "0.5");
        assertThat(w.changed().weakestStep()).isZero();
        assertThat(shown(w.changed().counts())).containsExactly(1000L, 200L, 100L, 40L, 20L);
    }

    @Test
    void a_change_must_name_two_consecutive_stages_and_a_share() {
        Funnel f = funnel(1000, "0.3", "0.5", "0.4", "0.25");
        assertThatThrownBy(() -> WhatIf.of(f, List.of(new WhatIf.Change("MQL", "Demo", BigDecimal.ONE))))
                .hasMessage("'MQL->Demo' is not a step: the stage after 'MQL' is 'Opportunity'");
        assertThatThrownBy(() -> WhatIf.of(f, List.of(new WhatIf.Change("Lead", "Sale", BigDecimal.ONE))))
                .hasMessageContaining("no stage 'Sale'");
        assertThatThrownBy(() -> WhatIf.of(f, List.of(new WhatIf.Change("Lead", "MQL", new BigDecimal("1.2")))))
                .hasMessageContaining("between 0 and 1 (got 1.2)");
    }

    @Test
    void a_funnel_needs_one_rate_per_step_and_unique_stages() {
        assertThatThrownBy(() -> new Funnel(STAGES, BigDecimal.TEN, List.of(BigDecimal.ONE)))
                .hasMessageContaining("5 stages need 4 rates");
        assertThatThrownBy(() -> new Funnel(List.of("A", "A"), BigDecimal.TEN, List.of(BigDecimal.ONE)))
                .hasMessageContaining("unique");
    }
}
