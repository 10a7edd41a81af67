package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RangeTest {
    @Test
    void a_quarter_a_month_and_a_year_run_from_their_first_day_to_the_first_day_after_them() {
        assertThat(Range.period("2027-Q1").from()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Range.period("2027-Q1").to()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(Range.period("2027-03").to()).isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        assertThat(Range.period("2027").to()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(Range.period("2027-Q4").from()).isEqualTo(Instant.parse("2027-10-01T00:00:00Z"));
    }

    @Test
    void dates_include_both_days_and_the_end_is_excluded_to_the_second() {
        Range r = Range.dates(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-31"));
        assertThat(r.contains(Instant.parse("2027-01-01T00:00:00Z").getEpochSecond())).isTrue();
        assertThat(r.contains(Instant.parse("2027-01-31T23:59:59Z").getEpochSecond())).isTrue();
        assertThat(r.contains(Instant.parse("2027-02-01T00:00:00Z").getEpochSecond())).isFalse();
        assertThat(Range.dates(null, null)).isEqualTo(Range.ALL);
        assertThat(Range.ALL.contains(LeadFacts.NEVER)).isFalse();
    }

    @Test
    void a_period_that_is_not_one_is_refused_with_the_forms_that_are() {
        assertThatThrownBy(() -> Range.period("2027-13")).hasMessageContaining("2027-Q1");
        assertThatThrownBy(() -> Range.period("Q1")).hasMessageContaining("not a period");
        assertThatThrownBy(() -> Range.dates(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-01-01")))
                .hasMessageContaining("before it starts");
    }
}
