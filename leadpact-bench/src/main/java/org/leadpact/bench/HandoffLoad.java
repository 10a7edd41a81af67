package org.leadpact.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.leadpact.app.store.Dialect;

/**
 * Hand-off latency: from the HTTP request whose activity qualifies a lead to the rep's notification
 * being handed to the SMTP server and to the webhook receiver, both in this process ({@link Arrivals}).
 * Until routing assigns owners at qualification, one hand-off is two requests, sent back to back: the
 * demo request that makes a fresh fitting lead an MQL, then the hand-off action naming the rep. The
 * time runs from just before the first request is sent to the arrival of the e-mail (resp. the webhook
 * post). Hand-offs go one at a time, so each arrival belongs to the hand-off in flight. Each database is
 * measured twice on one server: with no other load (the baseline), and while background clients ingest
 * batches of activities. See BENCHMARKS.md.
 *
 * <pre>
 * java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.HandoffLoad [--db h2,postgresql]
 *     [--handoffs 300] [--warmup 100] [--background-leads 1000] [--background-events 600000] [--batch 500]
 *     [--clients 2] [--server-jvm "-Xms1g -Xmx1g"] [--pg JDBC_URL] [--jar leadpact-app/target/leadpact.jar]
 * </pre>
 */
public final class HandoffLoad {
    private static final String[][] DEFAULTS = {{"db", "h2,postgresql"}, {"handoffs", "300"}, {"warmup", "100"},
        {"background-leads", "1000"}, {"background-events", "600000"}, {"batch", "500"}, {"clients", "2"},
        {"jar", "leadpact-app/target/leadpact.jar"}, {"agreement", "examples/agreement.yaml"},
        {"pg", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"}, {"server-jvm", "-Xms1g -Xmx1g"}};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        HandoffLoad load = new HandoffLoad();
        load.options.putAll(DriverOptions.parse(DEFAULTS, args));
        for (String db : load.options.get("db").split(",")) {
            load.run(db.strip().toLowerCase(Locale.ROOT));
        }
        System.out.println("\n== Summary ==");
        load.summary.forEach(System.out::println);
    }

    private int option(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** The latencies of one series of hand-offs, in nanoseconds. */
    private record Series(long[] requests, long[] mail, long[] webhook) {
        String line() {
            return String.format("requests p50 %5.1f ms; e-mail p50 %5.1f ms, p99 %6.1f ms; webhook p50 %5.1f ms, "
                    + "p99 %6.1f ms", ms(requests, 0.5), ms(mail, 0.5), ms(mail, 0.99), ms(webhook, 0.5),
                    ms(webhook, 0.99));
        }
    }

    private void run(String db) throws Exception {
        Path dir = Files.createTempDirectory("leadpact-handoff");
        String url = db.equals("h2") ? Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact",
                dir.resolve("leadpact").toString()) : newSchema();
        System.out.printf("%n== %s: %d hand-offs (after %d warm-up) without and with background ingest ==%n", db,
                option("handoffs"), option("warmup"));
        try (Arrivals arrivals = new Arrivals()) {
            Path recipients = dir.resolve("reps.csv");
            Files.writeString(recipients, "rep,name,email\nalice,Alice Ng," + Arrivals.REP_EMAIL + "\n");
            List<String> notify = List.of("--recipients", recipients.toString(), "--smtp-host", "127.0.0.1",
                    "--smtp-port", String.valueOf(arrivals.smtpPort()), "--smtp-from", "leadpact@acme.example",
                    "--webhook", arrivals.webhookUrl(), "--webhook-secret", "bench-secret");
            try (ServerProcess server = ServerProcess.start(Path.of(options.get("jar")),
                    List.of(options.get("server-jvm").strip().split("\\s+")), url, Path.of(options.get("agreement")),
                    notify)) {
                measure(db, server, arrivals);
            }
        } finally {
            if (!db.equals("h2")) {
                dropSchema(url);
            }
        }
    }

    private void measure(String db, ServerProcess server, Arrivals arrivals) throws Exception {
        HttpLoad http = new HttpLoad(server.port(), server.token(), Duration.ofMinutes(10));
        int each = option("warmup") + option("handoffs");
        List<String> fresh = http.createLeads(3 * each, option("clients"), i -> IngestWorkload.lead("ho", 2 * i));
        List<String> background = http.createLeads(option("background-leads"), option("clients"),
                i -> IngestWorkload.lead("bg", i));
        IngestWorkload workload = new IngestWorkload(background.size(), option("background-events"), 7);
        handOffs(http, arrivals, fresh.subList(0, option("warmup")), 0);
        Series quiet = handOffs(http, arrivals, fresh.subList(option("warmup"), each), option("warmup"));
        System.out.println("  no background load:   " + quiet.line());
        Series loaded;
        long ingested;
        long nanos;
        try (BackgroundIngest ingest = new BackgroundIngest(http, workload, background, option("batch"),
                option("clients"))) {
            handOffs(http, arrivals, fresh.subList(each, each + option("warmup")), each);
            long measuring = System.nanoTime();
            long before = ingest.recorded();
            loaded = handOffs(http, arrivals, fresh.subList(each + option("warmup"), 2 * each), each + option("warmup"));
            ingested = ingest.recorded() - before;
            nanos = System.nanoTime() - measuring;
        }
        double rate = ingested * 1e9 / nanos;
        System.out.printf("  with background load: %s%n  background ingest during it: %,.0f activities/s%n",
                loaded.line(), rate);
        if (arrivals.mails() != 2 * each || arrivals.posts() != 2 * each) {
            throw new IllegalStateException(arrivals.mails() + " e-mails and " + arrivals.posts()
                    + " webhook posts for " + 2 * each + " hand-offs: not exactly one each");
        }
        summary.add(String.format("%-10s quiet:  %s%n%-10s loaded: %s (background %,.0f activities/s)%n%-10s loaded / "
                        + "quiet p50: e-mail %.2f×, webhook %.2f×; p99: e-mail %.2f×, webhook %.2f×", db, quiet.line(), "",
                loaded.line(), rate, "", ratio(loaded.mail(), quiet.mail(), 0.5), ratio(loaded.webhook(), quiet.webhook(),
                0.5), ratio(loaded.mail(), quiet.mail(), 0.99), ratio(loaded.webhook(), quiet.webhook(), 0.99)));
    }

    /** Hand-offs one at a time; {@code before} notifications of earlier series have arrived already. */
    private static Series handOffs(HttpLoad http, Arrivals arrivals, List<String> leads, int before) throws Exception {
        int n = leads.size();
        Series s = new Series(new long[n], new long[n], new long[n]);
        String demoAt = IngestWorkload.START.plus(Duration.ofDays(61)).toString();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            var demo = http.send("/api/v1/activities", "{\"leadId\": \"" + leads.get(i)
                    + "\", \"type\": \"demo-request\", \"at\": \"" + demoAt + "\"}");
            if (demo.statusCode() != 201 || !demo.body().contains("\"stage\":\"mql\"")) {
                throw new IllegalStateException("the demo request did not qualify the lead: " + demo.body());
            }
            var handOff = http.send("/api/v1/leads/" + leads.get(i) + "/actions", "{\"type\": \"hand-off\", "
                    + "\"rep\": \"alice\", \"why\": \"benchmark\"}");
            if (handOff.statusCode() != 200 || !"handed-off".equals(JSON.readTree(handOff.body()).path("stage").asText())) {
                throw new IllegalStateException("the hand-off was refused: " + handOff.body());
            }
            s.requests()[i] = System.nanoTime() - start;
            long[] arrived = arrivals.awaitBoth(before + i + 1);
            s.mail()[i] = arrived[0] - start;
            s.webhook()[i] = arrived[1] - start;
        }
        return s;
    }

    private static double ms(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static double ratio(long[] loaded, long[] quiet, double p) {
        return ms(loaded, p) / ms(quiet, p);
    }

    private String newSchema() throws java.sql.SQLException {
        String schema = "lp_handoff_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(options.get("pg")); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String pg = options.get("pg");
        return pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private void dropSchema(String url) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(options.get("pg")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + url.substring(url.indexOf("currentSchema=") + 14) + " CASCADE");
        }
    }
}
