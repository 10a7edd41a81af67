package org.leadpact.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0.2, 5);

    @Test
    void waits_double_after_each_failure_up_to_the_longest_wait() {
        assertThat(backoff.after(1, 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(4, 0.5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(5, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(60, 0.5)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitter_stretches_or_shrinks_a_wait_by_at_most_its_fraction() {
        assertThat(backoff.after(2, 0.0)).isEqualTo(Duration.ofMillis(1600));
        assertThat(backoff.after(2, 0.999_999)).isBetween(Duration.ofMillis(2399), Duration.ofMillis(2400));
    }

    @Test
    void a_delivery_is_given_up_after_its_attempts_and_a_bad_schedule_is_refused() {
        assertThat(backoff.exhausted(4)).isFalse();
        assertThat(backoff.exhausted(5)).isTrue();
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 0, 3))
                .hasMessageContaining("at most the longest");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 3))
                .hasMessageContaining("jitter");
    }
}
