package org.leadpact.app.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import org.leadpact.app.store.LeadHistories;
import org.leadpact.app.store.LeadHistories.RawHistory;
import org.leadpact.backtest.Backtest;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.backtest.LeadResult;
import org.leadpact.lead.LeadEvent;

/**
 * Runs a back-test over the log. Leads are independent, so this thread reads the log and hands
 * batches of leads to {@code threads} workers that decode and replay them (the core stays
 * single-threaded per lead); results are put back in log order, so the report does not depend on
 * the number of threads. With one thread everything runs here.
 */
public final class BacktestRunner {
    /** Events per batch handed to a worker: large enough to amortise the hand-over, small enough to balance. */
    private static final int BATCH_EVENTS = 4_000;

    private BacktestRunner() {
    }

    /** A finished run: the report, how many events were read, how long it took and on how many threads. */
    public record Run(BacktestReport report, long events, long nanos, int threads) {
        public long eventsPerSecond() {
            return nanos <= 0 ? 0 : Math.round(events * 1e9 / nanos);
        }
    }

    /** @param progress called with the number of events read so far, from this thread */
    public static Run run(Backtest test, LeadHistories log, int threads, LongConsumer progress) {
        long started = System.nanoTime();
        AtomicLong read = new AtomicLong();
        List<LeadResult> results = map(log, test.period().end(), threads, test::replay, n -> {
            read.set(n);
            progress.accept(n);
        });
        BacktestReport report = test.report(results);
        return new Run(report, read.get(), System.nanoTime() - started, Math.max(1, threads));
    }

    /**
     * Every lead's events that happened before {@code before}, decoded and handed to {@code work} on
     * {@code threads} threads (this one when 1); the answers in log order.
     */
    public static <T> List<T> map(LeadHistories log, Instant before, int threads,
                                  BiFunction<String, List<LeadEvent>, T> work, LongConsumer progress) {
        AtomicLong read = new AtomicLong();
        if (threads <= 1) {
            List<T> results = new ArrayList<>();
            log.forEachLead(before, h -> {
                results.add(decoded(log, h, work));
                progress.accept(read.addAndGet(h.payloads().size()));
            });
            return results;
        }
        return parallel(log, before, threads, work, read, progress);
    }

    private static <T> List<T> parallel(LeadHistories log, Instant before, int threads,
                                        BiFunction<String, List<LeadEvent>, T> work, AtomicLong read,
                                        LongConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "backtest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4); // bounds the leads held in memory ahead of the workers
        List<Future<List<T>>> batches = new ArrayList<>();
        List<List<RawHistory>> batch = new ArrayList<>(List.of(new ArrayList<>()));
        int[] events = {0};
        Runnable submit = () -> {
            List<RawHistory> histories = batch.set(0, new ArrayList<>());
            events[0] = 0;
            inFlight.acquireUninterruptibly();
            batches.add(pool.submit(() -> {
                try {
                    return histories.stream().map(h -> decoded(log, h, work)).toList();
                } finally {
                    inFlight.release();
                }
            }));
        };
        try {
            log.forEachLead(before, h -> {
                batch.get(0).add(h);
                events[0] += h.payloads().size();
                progress.accept(read.addAndGet(h.payloads().size()));
                if (events[0] >= BATCH_EVENTS) {
                    submit.run();
                }
            });
            if (!batch.get(0).isEmpty()) {
                submit.run();
            }
            List<T> results = new ArrayList<>();
            for (Future<List<T>> f : batches) {
                results.addAll(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the back-test was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T decoded(LeadHistories log, RawHistory history, BiFunction<String, List<LeadEvent>, T> work) {
        List<LeadEvent> events = new ArrayList<>(history.payloads().size());
        for (byte[] payload : history.payloads()) {
            events.add(log.decode(payload));
        }
        return work.apply(history.leadId(), events);
    }
}
