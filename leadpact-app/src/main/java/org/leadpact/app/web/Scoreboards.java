package org.leadpact.app.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.leadpact.sla.ComplianceReport;

/**
 * The scoreboard's compliance reports, kept per period and slice. A report holds until the leads change
 * (the fact index's version moves) or a minute passes (clocks breach as time goes by). A report that was
 * cheap to make is made again at once; an expensive one (a quarter of a large company) is served as it was
 * while a fresh one is made in the background, so a busy store never makes a page wait: the page says when
 * its figures were taken.
 */
final class Scoreboards implements AutoCloseable {
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration CHEAP = Duration.ofMillis(100);

    private record Entry(ComplianceReport report, long version, long madeAt, long tookNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> refreshing = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scoreboard-refresh");
        t.setDaemon(true);
        return t;
    });
    private final LongSupplier version;
    private final LongSupplier nanoTime;

    Scoreboards(LongSupplier version, LongSupplier nanoTime) {
        this.version = version;
        this.nanoTime = nanoTime;
    }

    ComplianceReport get(String key, Supplier<ComplianceReport> make) {
        Entry e = entries.get(key);
        if (e == null) {
            return make(key, make).report();
        }
        boolean fresh = e.version() == version.getAsLong() && nanoTime.getAsLong() - e.madeAt() < MAX_AGE.toNanos();
        if (fresh) {
            return e.report();
        }
        if (e.tookNanos() < CHEAP.toNanos()) {
            return make(key, make).report();
        }
        if (refreshing.putIfAbsent(key, Boolean.TRUE) == null) {
            background.execute(() -> {
                try {
                    make(key, make);
                } finally {
                    refreshing.remove(key);
                }
            });
        }
        return e.report();
    }

    /** Makes the report in the background unless it is there or being made: the first view then waits for nothing. */
    void warm(String key, Supplier<ComplianceReport> make) {
        if (!entries.containsKey(key) && refreshing.putIfAbsent(key, Boolean.TRUE) == null) {
            background.execute(() -> {
                try {
                    make(key, make);
                } catch (RuntimeException e) {
                    // no agreement active yet, or the store closed: the page will say so when asked
                } finally {
                    refreshing.remove(key);
                }
            });
        }
    }

    private Entry make(String key, Supplier<ComplianceReport> make) {
        long v = version.getAsLong();
        long start = nanoTime.getAsLong();
        ComplianceReport report = make.get();
        long end = nanoTime.getAsLong();
        Entry made = new Entry(report, v, end, end - start);
        entries.put(key, made);
        return made;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
