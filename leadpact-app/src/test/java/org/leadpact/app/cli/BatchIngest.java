package org.leadpact.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that sends batches of activities, each with its own event id, one after the other for as
 * long as the server answers (at most {@value #MAX_BATCHES} batches or 30 s). It remembers every batch
 * it sent and which of them the server acknowledged: a 200 whose results it read in full.
 */
final class BatchIngest implements Runnable {
    static final int BATCH = 200;
    static final int MAX_BATCHES = 2_000;
    private static final Duration MAX_TIME = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACTIVITIES = {
        "\"type\": \"page-view\", \"url\": \"https://acme.example/pricing\", \"durationSeconds\": 45",
        "\"type\": \"page-view\", \"url\": \"https://acme.example/product/x\", \"durationSeconds\": 30",
        "\"type\": \"email-open\", \"subject\": \"Spring webinar\"",
        "\"type\": \"email-click\", \"url\": \"https://acme.example/webinar\"",
        "\"type\": \"content-registration\", \"subject\": \"Buyer's guide\""};

    /** One request's activities: their event ids, in order, and the body that carries them. */
    record Batch(int number, List<String> eventIds, String body) {
    }

    /** What the server said about each item of a batch, by index. */
    record Answer(int status, List<String> statuses) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> leads;
    private final List<Batch> sent = new CopyOnWriteArrayList<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger acknowledgedBatches = new AtomicInteger();
    private volatile long lastRoundTripNanos;
    private volatile String unexpected;
    private volatile boolean stopped;

    BatchIngest(int port, List<String> leads) {
        this.base = "http://127.0.0.1:" + port;
        this.leads = leads;
    }

    /** Creates leads, half of them fitting the example agreement's target buyer, and returns their ids. */
    static List<String> createLeads(int port, int count) throws IOException, InterruptedException {
        BatchIngest client = new BatchIngest(port, List.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = i % 2 == 0 ? "VP Marketing" : "Marketing Intern";
            HttpResponse<String> r = client.post("/api/v1/leads", """
                    {"attributes": {"firstName": "Lee", "lastName": "Number %d", "email": "lee%d@contoso.example",
                     "company": "Contoso", "title": "%s", "phone": "+1 212 555 0123", "city": "New York",
                     "state": "NY", "country": "US", "website": "contoso.example", "employees": 1200}}
                    """.formatted(i, i, title));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("creating a lead: " + r.statusCode() + " " + r.body());
            }
            ids.add(JSON.readTree(r.body()).path("lead").asText());
        }
        return ids;
    }

    /** Sends batches until the server stops answering, the limits are reached, or {@link #stop()}. */
    @Override
    public void run() {
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        for (int k = 0; k < MAX_BATCHES && !stopped && System.nanoTime() < deadline; k++) {
            Batch batch = batch(k);
            sent.add(batch);
            Answer answer;
            long start = System.nanoTime();
            try {
                answer = send(batch);
            } catch (IOException | InterruptedException gone) {
                return; // the server died with this batch in flight: it is sent, not acknowledged
            }
            if (answer.status() != 200 || !answer.statuses().stream().allMatch("recorded"::equals)) {
                unexpected = "batch " + k + " got " + answer;
                return;
            }
            acknowledged.addAll(batch.eventIds());
            lastRoundTripNanos = System.nanoTime() - start;
            acknowledgedBatches.incrementAndGet();
        }
    }

    void stop() {
        stopped = true;
    }

    Batch batch(int k) {
        List<String> ids = new ArrayList<>(BATCH);
        StringBuilder body = new StringBuilder("{\"activities\": [");
        for (int i = 0; i < BATCH; i++) {
            int n = k * BATCH + i;
            String id = "kill-" + k + "-" + i;
            ids.add(id);
            body.append(i == 0 ? "" : ",").append("\n{\"leadId\": \"").append(leads.get(n % leads.size()))
                    .append("\", \"eventId\": \"").append(id).append("\", \"at\": \"").append(T0.plusSeconds(n))
                    .append("\", ").append(ACTIVITIES[(n / leads.size()) % ACTIVITIES.length]).append('}');
        }
        return new Batch(k, List.copyOf(ids), body.append("]}").toString());
    }

    Answer send(Batch batch) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/v1/activities", batch.body());
        List<String> statuses = new ArrayList<>();
        if (r.statusCode() == 200) {
            for (JsonNode result : JSON.readTree(r.body()).path("results")) {
                statuses.add(result.path("status").asText());
            }
        }
        return new Answer(r.statusCode(), statuses);
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    List<Batch> sent() {
        return List.copyOf(sent);
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int acknowledgedBatches() {
        return acknowledgedBatches.get();
    }

    /** How long the server took to answer the last acknowledged batch. */
    long lastRoundTripMillis() {
        return lastRoundTripNanos / 1_000_000;
    }

    /** Why the client stopped early other than the server going away, or null. */
    String unexpected() {
        return unexpected;
    }
}
