package org.leadpact.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedReadingTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger reads = new AtomicInteger();

    private CachedReading<Integer> counting() {
        return new CachedReading<>(reads::incrementAndGet, 0, Duration.ofSeconds(10), nanos::get);
    }

    @Test
    void scrapes_within_ten_seconds_share_one_reading() {
        CachedReading<Integer> cached = counting();
        assertThat(cached.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_scrape_ten_seconds_later_reads_again() {
        CachedReading<Integer> cached = counting();
        cached.get();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(cached.get()).isEqualTo(2);
    }

    @Test
    void a_failed_reading_keeps_the_last_value_until_the_next_attempt() {
        AtomicInteger calls = new AtomicInteger();
        CachedReading<Integer> cached = new CachedReading<>(() -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database down");
            }
            return calls.get();
        }, 0, Duration.ofSeconds(10), nanos::get);
        assertThat(cached.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(cached.get()).as("kept while the database is down").isEqualTo(1);
        assertThat(cached.get()).as("no second attempt within ten seconds").isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(cached.get()).isEqualTo(3);
    }
}
