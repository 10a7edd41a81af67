package org.leadpact.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Activities ingested in batches from a few client threads for as long as a measurement runs (and
 * never more than the workload holds): the load the hand-off latency is measured under.
 */
final class BackgroundIngest implements AutoCloseable {
    private final HttpLoad http;
    private final IngestWorkload workload;
    private final List<String> leads;
    private final int batch;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong recorded = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile String failure;

    BackgroundIngest(HttpLoad http, IngestWorkload workload, List<String> leads, int batch, int clients) {
        this.http = http;
        this.workload = workload;
        this.leads = leads;
        this.batch = batch;
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(this::send, "background-ingest-" + c);
            threads.add(t);
            t.start();
        }
    }

    private void send() {
        int batches = workload.items().size() / batch;
        for (int i = next.getAndIncrement(); running && i < batches; i = next.getAndIncrement()) {
            try {
                var r = http.send("/api/v1/activities", workload.batch(leads, i * batch, (i + 1) * batch));
                String problem = HttpLoad.allRecorded(batch).problem(i, r);
                if (problem != null) {
                    failure = problem;
                    return;
                }
                recorded.addAndGet(batch);
            } catch (Exception e) {
                failure = e.toString();
                return;
            }
        }
        if (running) {
            failure = "the background workload ran out before the measurement ended: give more --background-events";
        }
    }

    long recorded() {
        return recorded.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join();
        }
        if (failure != null) {
            throw new IllegalStateException("background ingest: " + failure);
        }
    }
}
