package org.leadpact.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of the rep's queue and the lead page on the demo's data: starts {@code leadpact demo}
 * from the packaged jar (its own process, a fresh folder, the simulated company, the live simulation
 * running), signs in with the tokens it prints, and times {@code ROUNDS} sequential requests of each
 * page after warm-up, over loopback on one connection. Baselines from the same run: the stylesheet
 * (the HTTP floor) and the lead's JSON from the API (the same load and scoring without the page).
 *
 * <pre>
 * java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.QueuePageBench \
 *     [--jar leadpact-app/target/leadpact.jar] [--leads 20000] [--reps 250] [--rounds 200]
 * </pre>
 */
public final class QueuePageBench {
    private static final String[][] DEFAULTS = {{"jar", "leadpact-app/target/leadpact.jar"}, {"leads", "20000"},
        {"reps", "250"}, {"rounds", "200"}};
    private static final Pattern URL = Pattern.compile("LeadPact demo listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern ADMIN = Pattern.compile("admin token: (\\S+)");
    private static final Pattern REP = Pattern.compile("rep token \\((.+), (\\S+)\\): (\\S+)");
    private static final Pattern LEAD_LINK = Pattern.compile("href=\"/ui/leads/(lead-[^\"]+)\"");
    private static final Pattern LEAD_ID = Pattern.compile("\"id\"\\s*:\\s*\"(lead-[^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private QueuePageBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = DriverOptions.parse(DEFAULTS, args);
        int rounds = Integer.parseInt(o.get("rounds"));
        Path folder = Files.createTempDirectory("leadpact-queue-bench");
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                o.get("jar"), "demo", "--folder", folder.resolve("demo").toString(), "--port", "0", "--leads",
                o.get("leads"), "--reps", o.get("reps")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String[] printed = awaitWelcome(demo);
            String base = "http://127.0.0.1:" + printed[0];
            String admin = printed[1];
            String rep = printed[2];
            String repToken = printed[3];
            String queue = get(base, "/ui/queue", repToken, null).body();
            List<String> queued = ids(LEAD_LINK, queue);
            List<String> opportunities = ids(LEAD_ID, get(base, "/api/v1/leads?stage=opportunity&limit=50", null, admin)
                    .body());
            System.out.printf(Locale.ROOT, "demo: %s leads, %s reps; rep %s has %d open lead(s); %d opportunities "
                    + "sampled%n", o.get("leads"), o.get("reps"), rep, queued.size(), opportunities.size());
            time("GET /ui/static/app.css (HTTP floor)", rounds, i -> get(base, "/ui/static/app.css", null, null));
            time("GET /ui/queue (the rep's own)", rounds, i -> get(base, "/ui/queue", repToken, null));
            time("GET /ui/queue?rep= (admin)", rounds, i -> get(base, "/ui/queue?rep=" + rep, admin, null));
            List<String> leads = new ArrayList<>(queued);
            leads.addAll(opportunities);
            time("GET /ui/leads/{id} (queue and opportunity leads)", rounds,
                    i -> get(base, "/ui/leads/" + leads.get(i % leads.size()), admin, null));
            time("GET /api/v1/leads/{id} (same leads, JSON)", rounds,
                    i -> get(base, "/api/v1/leads/" + leads.get(i % leads.size()), null, admin));
        } finally {
            demo.destroy();
            demo.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String[] awaitWelcome(Process demo) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        String port = null;
        String admin = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Matcher u = URL.matcher(line);
            Matcher a = ADMIN.matcher(line);
            Matcher r = REP.matcher(line);
            if (u.find()) {
                port = u.group(1);
            } else if (a.find()) {
                admin = a.group(1);
            } else if (r.find()) {
                Thread.ofPlatform().daemon().start(() -> drain(in)); // keep the pipe from filling up
                return new String[] {port, admin, r.group(2), r.group(3)};
            } else {
                System.out.println("  demo: " + line);
            }
        }
        throw new IllegalStateException("the demo stopped before printing its tokens");
    }

    private static void drain(BufferedReader in) {
        try {
            while (in.readLine() != null) {
                // the live simulation's output is not measured
            }
        } catch (java.io.IOException stopped) {
            // the demo stopped
        }
    }

    private interface Request {
        HttpResponse<String> send(int i) throws Exception;
    }

    /** Ten warm-up requests, then {@code rounds} timed ones; every answer must be 200. */
    private static void time(String what, int rounds, Request request) throws Exception {
        for (int i = 0; i < 10; i++) {
            request.send(i);
        }
        long[] nanos = new long[rounds];
        long bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = request.send(i);
            nanos[i] = System.nanoTime() - started;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + r.body());
            }
            bytes += r.body().length();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s n=%d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  "
                + "(%,d chars a page)%n", what, rounds, ms(nanos, 0.5), ms(nanos, 0.9), ms(nanos, 0.99),
                nanos[rounds - 1] / 1e6, bytes / rounds);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static HttpResponse<String> get(String base, String path, String cookie, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (cookie != null) {
            b.header("Cookie", "leadpact_session=" + cookie);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> ids(Pattern p, String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }
}
