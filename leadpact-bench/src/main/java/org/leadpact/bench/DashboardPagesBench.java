package org.leadpact.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the dashboard's insight pages take on a running server (the demo company): each page is asked
 * for once (the first, cold answer: caches empty) and then {@code N} times in a row; the time is from the
 * request sent to the last byte read on this machine's loopback, so it bounds the server's time from above.
 * Prints p50, p99 and max per page.
 *
 * <pre>java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.DashboardPagesBench BASE_URL TOKEN [N]</pre>
 */
public final class DashboardPagesBench {
    static final List<String> PAGES = List.of("/ui/scoreboard?period=week", "/ui/scoreboard?period=month",
            "/ui/scoreboard?period=quarter", "/ui/funnel", "/ui/funnel?step=sal-%3Eopportunity&rate=0.9",
            "/ui/sources", "/ui/sources?by=campaign&sort=valuePerLead&dir=desc", "/ui/aging",
            "/ui/aging?bucket=no-activity", "/ui/planner",
            "/ui/planner?revenueGoal=30000000&orderSize=70000&salesCycleMonths=3&leadsPerOrder=10&year=2027");

    private DashboardPagesBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: DashboardPagesBench BASE_URL TOKEN [N]");
            System.exit(2);
        }
        String base = args[0];
        String token = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf(Locale.ROOT, "%-85s %8s %8s %8s %8s %8s%n", "page", "cold ms", "p50 ms", "p99 ms", "max ms",
                "KB");
        for (String page : PAGES) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page))
                    .header("Cookie", "leadpact_session=" + token).GET().build();
            long cold = time(http, request, page)[0];
            long[] ms = new long[n];
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                long[] t = time(http, request, page);
                ms[i] = t[0];
                bytes = t[1];
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%-85s %8.1f %8.1f %8.1f %8.1f %8d%n", page, cold / 1e6, rank(ms, 50) / 1e6,
                    rank(ms, 99) / 1e6, ms[n - 1] / 1e6, bytes / 1024);
        }
    }

    private static long[] time(HttpClient http, HttpRequest request, String page) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + r.statusCode());
        }
        return new long[] {took, r.body().length};
    }

    /** Nearest rank. */
    private static long rank(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
