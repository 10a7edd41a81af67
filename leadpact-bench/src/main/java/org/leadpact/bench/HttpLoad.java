package org.leadpact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The client side of the ingest benchmark: a few threads posting to one server on 127.0.0.1, each
 * taking the next request of a fixed list until none is left or the time limit passes.
 */
final class HttpLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a phase went: requests answered as expected, the first unexpected answer, and times. */
    record Phase(int requests, int failed, String firstFailure, long nanos, long[] latencyNanos) {
        double seconds() {
            return nanos / 1e9;
        }

        long percentile(double p) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    /** What the phase expects of an answer: null when it is right, else why not. */
    interface Check {
        String problem(int index, HttpResponse<String> response);
    }

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration timeLimit;

    HttpLoad(int port, String token, Duration timeLimit) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
        this.timeLimit = timeLimit;
    }

    /** Posts {@code count} bodies from {@code body} with {@code clients} threads; times each request. */
    Phase post(String path, int count, int clients, IntFunction<String> body, Check check) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] latencies = new long[count];
        String[] firstFailure = new String[1];
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
                         i = next.getAndIncrement()) {
                        String request = body.apply(i);
                        long sent = System.nanoTime();
                        HttpResponse<String> r = send(path, request);
                        latencies[i] = System.nanoTime() - sent;
                        String problem = check.problem(i, r);
                        if (problem != null && failed.getAndIncrement() == 0) {
                            firstFailure[0] = problem;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long nanos = System.nanoTime() - start;
        int done = Math.min(next.get(), count);
        if (done < count) {
            throw new IllegalStateException("time limit of " + timeLimit + " reached after " + done + " of " + count
                    + " requests to " + path);
        }
        return new Phase(count, failed.get(), firstFailure[0], nanos, latencies);
    }

    HttpResponse<String> send(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Creates leads from these bodies and returns their ids in the same order. */
    List<String> createLeads(int count, int clients, IntFunction<String> body) throws Exception {
        String[] ids = new String[count];
        Phase phase = post("/api/v1/leads", count, clients, body, (i, r) -> {
            if (r.statusCode() != 201) {
                return "lead " + i + ": " + r.statusCode() + " " + r.body();
            }
            try {
                ids[i] = JSON.readTree(r.body()).path("lead").asText();
                return null;
            } catch (IOException e) {
                return e.getMessage();
            }
        });
        if (phase.failed() > 0) {
            throw new IllegalStateException("creating leads failed: " + phase.firstFailure());
        }
        return List.of(ids);
    }

    /** Checks a batch answer: 200, and every item recorded. */
    static Check allRecorded(int size) {
        String expected = "{\"received\":" + size + ",\"recorded\":" + size + ",";
        return (i, r) -> r.statusCode() == 200 && r.body().startsWith(expected) ? null
                : "batch " + i + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(400, r.body().length()));
    }
}
