package org.leadpact.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.agreement.Period;

class QuotaTest {
    private static final BacktestPeriod MID_JAN_TO_MARCH = new BacktestPeriod(LocalDate.parse("2026-01-16"),
            LocalDate.parse("2026-03-31"));

    private static Quota quota(int amount, Period per) {
        return new Quota(new MarketingSla(amount, per, AgreedDuration.parse("3 hours"), true, null), MID_JAN_TO_MARCH);
    }

    @Test
    void a_quarterly_quota_is_a_third_per_month_and_a_month_the_period_cuts_short_gets_its_share_of_days() {
        Quota q = quota(360, Period.QUARTER);
        assertThat(q.forMonth(YearMonth.of(2026, 2))).isEqualTo(120.0);
        assertThat(q.forMonth(YearMonth.of(2026, 1))).isCloseTo(120.0 * 16 / 31, within(1e-9));
        assertThat(q.total()).isCloseTo(120.0 * 16 / 31 + 240, within(1e-9));
    }

    @Test
    void a_weekly_quota_counts_the_days_of_the_month_and_no_quota_meets_nothing() {
        assertThat(quota(7, Period.WEEK).forMonth(YearMonth.of(2026, 2))).isEqualTo(28.0);
        Quota none = quota(0, Period.MONTH);
        assertThat(none.forMonth(YearMonth.of(2026, 2))).isNull();
        assertThat(Quota.meets(5, none.forMonth(YearMonth.of(2026, 2)))).isNull();
        assertThat(Quota.meets(119, 119.2)).isFalse();
        assertThat(Quota.meets(120, 119.2)).isTrue();
    }

    @Test
    void a_period_runs_whole_utc_days_and_must_not_end_before_it_starts() {
        assertThat(MID_JAN_TO_MARCH.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3));
        assertThat(MID_JAN_TO_MARCH.contains(java.time.Instant.parse("2026-03-31T23:59:59Z"))).isTrue();
        assertThat(MID_JAN_TO_MARCH.contains(java.time.Instant.parse("2026-04-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> new BacktestPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-31")))
                .hasMessageContaining("ends (2026-01-31) before it starts (2026-02-01)");
    }
}
