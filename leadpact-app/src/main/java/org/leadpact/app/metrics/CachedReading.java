package org.leadpact.app.metrics;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read (from the database) at most once per {@code maxAge}, however often it is asked for:
 * every gauge of a scrape, and every scraper, share one reading. When a reading fails the previous
 * value is kept until the next attempt, so a database hiccup does not fail the scrape.
 *
 * <p>The age is measured on a monotonic ticker ({@link System#nanoTime} in production), not on the
 * business clock, which tests freeze.
 */
public final class CachedReading<T> implements Supplier<T> {
    private static final Logger LOG = LoggerFactory.getLogger(CachedReading.class);

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final LongSupplier ticker;
    private T value;
    private long readAt;
    private boolean everRead;

    public CachedReading(Supplier<T> read, T initial, Duration maxAge, LongSupplier ticker) {
        this.read = read;
        this.value = initial;
        this.maxAgeNanos = maxAge.toNanos();
        this.ticker = ticker;
    }

    @Override
    public synchronized T get() {
        long now = ticker.getAsLong();
        if (!everRead || now - readAt >= maxAgeNanos) {
            everRead = true;
            readAt = now;
            try {
                value = read.get();
            } catch (RuntimeException e) {
                LOG.warn("reading a metric failed; the last value is kept: {}", e.toString());
            }
        }
        return value;
    }
}
