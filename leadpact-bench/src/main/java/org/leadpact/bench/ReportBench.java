package org.leadpact.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.stream.IntStream;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.http.ApiServer;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.app.reports.FactIndex;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.reports.ReportOutput;
import org.leadpact.app.reports.ReportQuery;
import org.leadpact.app.reports.Teams;
import org.leadpact.reports.Report;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.Tokens;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.reports.LeadFacts;

/**
 * The report benchmark: loads {@code LEADS} generated leads ({@link FunnelGenerator}) into an empty
 * database (or reuses a database loaded before with the same count), starts the server in this process,
 * and times every dashboard report over HTTP (p50 / p99 of {@code ROUNDS} requests each, after 3 warm-up
 * requests), next to baselines from the same run: {@code SELECT count(*)} over lead_event and lead_fact,
 * one pass over the in-memory facts, and loading every lead's facts over JDBC (what a report would cost
 * if it read the facts per request). Each report is also computed in this process, timed by the wall
 * clock and by its thread's CPU time (the machine may be shared).
 *
 * <pre>java -Xmx8g -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.ReportBench URL LEADS SEED ROUNDS</pre>
 */
public final class ReportBench {
    static final Instant NOW = Instant.parse("2028-01-01T00:00:00Z");
    static final String[] REPORTS = {"funnel?period=2027", "funnel?period=2027-Q2&source=webinar",
        "funnel?period=2027&rep=rep-7", "sources?period=2027", "sources?period=2027&by=campaign",
        "sources?period=2027&by=landingPage&format=csv", "aging", "aging/leads?rep=rep-7&bucket=no-activity",
        "opportunities?period=2027", "customer-tiers?period=2027", "lead-value?period=2027-Q2"};

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int leads = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        try (Database db = Database.open(url)) {
            load(db, url, leads, seed);
            baselines(url, rounds);
            FactIndex index = passes(db, rounds);
            inProcess(index, rounds);
            index = null;
            serve(db, rounds);
        }
    }

    private static void load(Database db, String url, int leads, long seed) throws Exception {
        long existing = count(url, "lead_fact");
        if (existing == leads) {
            System.out.printf(Locale.ROOT, "reusing %,d leads, %,d events%n", existing, count(url, "lead_event"));
            return;
        }
        if (existing != 0) {
            throw new IllegalStateException("the database holds " + existing + " leads; give an empty one");
        }
        LeadEngine engine = new LeadEngine(AgreementFileReader.parse("agreement",
                Files.readString(Path.of("examples/agreement.yaml"))).orThrow());
        FunnelGenerator generator = new FunnelGenerator(engine, seed);
        BulkRows rows = new BulkRows();
        long started = System.nanoTime();
        long events = 0;
        int chunk = 10_000;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            for (int from = 0; from < leads; from += chunk) {
                List<LeadState> states = IntStream.range(from, Math.min(leads, from + chunk)).parallel()
                        .mapToObj(generator::lead).toList();
                events += rows.write(c, states);
                c.commit();
                if ((from / chunk) % 10 == 0) {
                    System.out.printf(Locale.ROOT, "  %,d leads, %,d events, %d s%n", from + states.size(), events,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
        System.out.printf(Locale.ROOT, "loaded %,d leads, %,d events in %d s%n", leads, events,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private static long count(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void baselines(String url, int rounds) throws Exception {
        for (String table : new String[] {"lead_event", "lead_fact"}) {
            long[] ms = new long[Math.max(3, rounds / 10)];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                count(url, table);
                ms[i] = System.nanoTime() - t;
            }
            print("baseline: SELECT count(*) FROM " + table, ms);
        }
    }

    /**
     * Each report computed and written as JSON in this process over the index, as the server does for a
     * request: wall time and this thread's CPU time (what the machine's other work cannot inflate).
     */
    private static void inProcess(FactIndex index, int rounds) {
        ReportBook book = new ReportBook(index, Teams.NONE);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String report : REPORTS) {
            String path = report.contains("?") ? report.substring(0, report.indexOf('?')) : report;
            ReportQuery.Kind kind = Arrays.stream(ReportQuery.Kind.values()).filter(k -> k.path().equals(path))
                    .findFirst().orElseThrow();
            Map<String, String> params = new LinkedHashMap<>();
            if (report.contains("?")) {
                for (String pair : report.substring(report.indexOf('?') + 1).split("&")) {
                    String[] kv = pair.split("=", 2);
                    params.put(kv[0], kv[1]);
                }
            }
            boolean csv = "csv".equals(params.remove("format"));
            ReportQuery query = ReportQuery.parse(kind, params, Teams.NONE);
            long[] wall = new long[rounds];
            long[] cpu = new long[rounds];
            for (int i = -3; i < rounds; i++) {
                long w = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                Report r = book.run(query, NOW, MarketingSla.DEFAULT);
                String out = csv ? ReportOutput.csv(r) : ReportOutput.json(r);
                if (i >= 0 && !out.isEmpty()) {
                    cpu[i] = threads.getCurrentThreadCpuTime() - c;
                    wall[i] = System.nanoTime() - w;
                }
            }
            print("in process, wall: " + report, wall);
            print("in process, CPU: " + report, cpu);
        }
    }

    private static FactIndex passes(Database db, int rounds) {
        long t = System.nanoTime();
        FactIndex index = new FactIndex(new LeadStore(db)).load();
        System.out.printf(Locale.ROOT, "baseline: load every lead's facts over JDBC (%,d): %d ms%n", index.size(),
                (System.nanoTime() - t) / 1_000_000);
        long[] ns = new long[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            for (LeadFacts f : index) {
                sink += f.stepCount();
            }
            ns[i] = System.nanoTime() - s;
        }
        print("baseline: one pass over the in-memory facts (" + sink / rounds + " steps)", ns);
        return index;
    }

    private static void serve(Database db, int rounds) throws Exception {
        try (ApiServer server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0)) {
            String token = new Tokens(db).create("bench", Tokens.Role.ADMIN, null, NOW).token();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + "/api/v1/reports/";
            long t = System.nanoTime();
            get(client, base + REPORTS[0], token);
            System.out.printf(Locale.ROOT, "first report after start (loads the index): %d ms%n",
                    (System.nanoTime() - t) / 1_000_000);
            for (String report : REPORTS) {
                for (int i = 0; i < 3; i++) {
                    get(client, base + report, token);
                }
                long[] ns = new long[rounds];
                int bytes = 0;
                for (int i = 0; i < rounds; i++) {
                    long s = System.nanoTime();
                    bytes = get(client, base + report, token);
                    ns[i] = System.nanoTime() - s;
                }
                print("GET /api/v1/reports/" + report + " (" + bytes + " bytes)", ns);
            }
        }
    }

    private static int get(HttpClient client, String url, String token) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().length();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 1e6;
        double p99 = sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", what, p50, p99);
    }
}
