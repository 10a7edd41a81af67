package org.leadpact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Dialect;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/**
 * Sustained ingest over HTTP, next to a PostgreSQL COPY of the same rows measured in the same run.
 * For each database it starts {@code leadpact serve} as a process on 127.0.0.1 (a fresh embedded file
 * or a fresh PostgreSQL schema, the example agreement active), creates the leads, sends the
 * activities in batches from a few client threads (a first part as JIT warm-up, then the timed part),
 * then measures single-activity latency: a demo request that makes a fresh fitting lead an MQL. It
 * stops the server, checks the log holds every event once, and runs the COPY baseline. Everything is
 * bounded: a fixed number of requests, and a time limit per phase. See BENCHMARKS.md.
 *
 * <pre>
 * java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.IngestLoad [--db h2,postgresql]
 *     [--leads 2000] [--events 1000000] [--batch 1000] [--clients 4] [--latency 500] [--latency-warmup 200]
 *     [--server-jvm "-Xms2g -Xmx2g"] [--pg JDBC_URL] [--jar leadpact-app/target/leadpact.jar]
 * </pre>
 */
public final class IngestLoad {
    private static final String[][] DEFAULTS = {{"db", "h2,postgresql"}, {"leads", "2000"}, {"events", "1000000"},
        {"batch", "1000"}, {"clients", "4"}, {"latency", "500"}, {"latency-warmup", "200"},
        {"jar", "leadpact-app/target/leadpact.jar"}, {"agreement", "examples/agreement.yaml"},
        {"pg", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"}, {"server-jvm", "-Xms2g -Xmx2g"}};

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        IngestLoad load = new IngestLoad();
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

    /** What one database's run measured. */
    private record Measured(List<String> leadIds, long timedEvents, HttpLoad.Phase timed, String cpu,
                            HttpLoad.Phase latency) {
    }

    private void run(String db) throws Exception {
        IngestWorkload workload = new IngestWorkload(option("leads"), option("events"), 42);
        Path h2 = db.equals("h2") ? Files.createTempDirectory("leadpact-ingest") : null;
        String url = h2 != null ? Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact",
                h2.resolve("leadpact").toString()) : newSchema();
        System.out.printf("%n== %s: %,d leads, %,d activities in batches of %,d from %d clients ==%n", db,
                option("leads"), option("events"), option("batch"), option("clients"));
        Measured m;
        try (ServerProcess server = ServerProcess.start(Path.of(options.get("jar")),
                List.of(options.get("server-jvm").strip().split("\\s+")), url, Path.of(options.get("agreement")))) {
            m = measure(server, workload);
        }
        Map<String, Long> stages = check(url, option("events"), option("latency") + option("latency-warmup"));
        String pgUrl = h2 != null ? newSchema() : url;
        if (h2 != null) {
            Database.open(pgUrl).close(); // the schema, so that the baseline tables copy lead_event's columns
            deleteAll(h2);
        }
        double[] copy = baseline(pgUrl, workload.csvRows(m.leadIds(), Instant.now()));
        dropSchema(pgUrl);
        double rate = m.timedEvents() / m.timed().seconds();
        summary.add(String.format("%-10s ingest %,8.0f events/s = %5.1f%% of bare COPY (%,.0f rows/s), %5.1f%% of "
                        + "indexed COPY (%,.0f rows/s); single qualifying POST p50 %.1f ms, p99 %.1f ms; %s; stages %s",
                db, rate, 100 * rate / copy[0], copy[0], 100 * rate / copy[1], copy[1],
                m.latency().percentile(0.5) / 1e6, m.latency().percentile(0.99) / 1e6, m.cpu(), stages));
    }

    /** Leads, warm-up, the timed ingest, and the single-activity latency, against a running server. */
    private Measured measure(ServerProcess server, IngestWorkload workload) throws Exception {
        int events = option("events");
        int batch = option("batch");
        int clients = option("clients");
        HttpLoad http = new HttpLoad(server.port(), server.token(), Duration.ofMinutes(15));
        long start = System.nanoTime();
        List<String> ids = http.createLeads(option("leads"), clients, i -> IngestWorkload.lead("ing", i));
        print("leads created", ids.size(), System.nanoTime() - start, "leads");
        int batches = (events + batch - 1) / batch;
        int warmBatches = Math.max(1, batches / 10);
        HttpLoad.Phase warm = http.post("/api/v1/activities", warmBatches, clients,
                i -> workload.batch(ids, i * batch, Math.min(events, (i + 1) * batch)), HttpLoad.allRecorded(batch));
        print("warm-up (first 10%)", warmBatches * batch, warm.nanos(), "events");
        CpuTime before = CpuTime.now(server.handle());
        HttpLoad.Phase timed = http.post("/api/v1/activities", batches - warmBatches, clients,
                i -> workload.batch(ids, (warmBatches + i) * batch, Math.min(events, (warmBatches + i + 1) * batch)),
                HttpLoad.allRecorded(batch));
        String cpu = CpuTime.now(server.handle()).since(before);
        long timedEvents = events - (long) warmBatches * batch;
        print("timed ingest", timedEvents, timed.nanos(), "events");
        System.out.printf("  %s%n  batch round trip p50 %.0f ms, p99 %.0f ms%n", cpu, timed.percentile(0.5) / 1e6,
                timed.percentile(0.99) / 1e6);
        HttpLoad.Phase latency = latency(http, clients);
        failIfAny(warm, timed, latency);
        return new Measured(ids, timedEvents, timed, cpu, latency);
    }

    /** COPY of the same rows: the median of three into a bare table, and one into an indexed table. */
    private static double[] baseline(String pgUrl, String csv) throws SQLException {
        CopyBaseline copy = new CopyBaseline(pgUrl);
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bare.add(copy.bare(csv).perSecond());
        }
        double indexed = copy.indexed(csv).perSecond();
        bare.sort(null);
        System.out.printf("  COPY baseline, same rows: bare table %,.0f rows/s (median of %s), with lead_event's"
                + " keys and indexes %,.0f rows/s%n", bare.get(1), rounded(bare), indexed);
        return new double[] {bare.get(1), indexed};
    }

    private static void deleteAll(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /** Single demo requests, each making a fresh fitting lead an MQL; the first ones are warm-up. */
    private HttpLoad.Phase latency(HttpLoad http, int clients) throws Exception {
        int warmup = option("latency-warmup");
        int count = warmup + option("latency");
        List<String> fresh = http.createLeads(count, clients, i -> IngestWorkload.lead("lat", 2 * i));
        Instant at = IngestWorkload.START.plus(Duration.ofDays(61));
        HttpLoad.Phase all = http.post("/api/v1/activities", count, 1, i -> {
            StringBuilder body = new StringBuilder("{\"leadId\": \"").append(fresh.get(i))
                    .append("\", \"eventId\": \"lat-").append(i).append("\", ");
            IngestWorkload.fields(body, Activity.of(ActivityType.DEMO_REQUEST, at));
            return body.append('}').toString();
        }, (i, r) -> r.statusCode() == 201 && r.body().contains("\"stage\":\"mql\"") ? null
                : "latency " + i + ": " + r.statusCode() + " " + r.body());
        long[] measured = Arrays.copyOfRange(all.latencyNanos(), warmup, count);
        HttpLoad.Phase phase = new HttpLoad.Phase(measured.length, all.failed(), all.firstFailure(), all.nanos(),
                measured);
        System.out.printf("  single demo-request POST that qualifies a fresh lead (%d after %d warm-up): p50 %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms%n", measured.length, warmup, phase.percentile(0.5) / 1e6,
                phase.percentile(0.99) / 1e6, phase.percentile(1.0) / 1e6);
        return phase;
    }

    private static void failIfAny(HttpLoad.Phase... phases) {
        for (HttpLoad.Phase p : phases) {
            if (p.failed() > 0) {
                throw new IllegalStateException(p.failed() + " unexpected answer(s); the first: " + p.firstFailure());
            }
        }
    }

    private static void print(String what, long count, long nanos, String unit) {
        System.out.printf("  %-20s %,9d %s in %6.2f s = %,9.0f %s/s%n", what, count, unit, nanos / 1e9,
                count * 1e9 / nanos, unit);
    }

    private static String rounded(List<Double> rates) {
        return rates.stream().map(r -> String.format("%,.0f", r)).toList().toString();
    }

    /** After the server stopped: every event is in the log once; returns the leads per stage. */
    private static Map<String, Long> check(String url, int events, int single) throws SQLException {
        Map<String, Long> stages = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT event_id) FROM lead_event "
                    + "WHERE event_id LIKE 'ing-%' OR event_id LIKE 'lat-%'")) {
                rs.next();
                if (rs.getLong(1) != events + single || rs.getLong(2) != events + single) {
                    throw new IllegalStateException("the log holds " + rs.getLong(1) + " events (" + rs.getLong(2)
                            + " distinct ids), not " + (events + single));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT stage, COUNT(*) FROM lead GROUP BY stage ORDER BY stage")) {
                while (rs.next()) {
                    stages.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return stages;
    }

    private String newSchema() throws SQLException {
        String schema = "lp_ingest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(options.get("pg")); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return options.get("pg") + (options.get("pg").contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private void dropSchema(String url) throws SQLException {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(options.get("pg")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
