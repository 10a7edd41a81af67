package org.leadpact.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.sla.ClockScheduler;
import org.leadpact.app.sla.LostCycles;
import org.leadpact.app.sla.RecordedEscalations;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadState;

/**
 * One million open SLA clocks on PostgreSQL: how late LeadPact's scheduler fires the ones that come due
 * (p50/p99 after the due time), how many fires per second it sustains on a burst, and the heap it uses;
 * next to db-scheduler running the same number of one-shot jobs, due at the same offsets, on the same
 * database in the same run. Each fire of LeadPact's is a transition recorded with its escalation (two
 * per firing lead: the warning, then the breach 12 s later); each db-scheduler job records its lateness.
 *
 * <pre>java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.ClockFiringLoad [clocks] [spread] [burst]</pre>
 */
public final class ClockFiringLoad {
    private static final String PG = System.getenv().getOrDefault("LEADPACT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private static final int CHUNK = 50_000;

    public static void main(String[] args) throws Exception {
        int clocks = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int spread = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int burst = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        String url = schema();
        System.out.printf("%,d open clocks: %,d leads firing spread over 10 s, %,d firing at once%n", clocks, spread, burst);
        List<String> summary = new ArrayList<>();
        summary.add(leadpact(url, clocks, spread, burst));
        summary.add(dbScheduler(url, clocks, spread, burst));
        System.out.println("\n== Summary ==");
        summary.forEach(System.out::println);
    }

    private static String schema() throws Exception {
        String schema = "lp_clocks_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String leadpact(String url, int clocks, int spread, int burst) throws Exception {
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(url)) {
            Agreements agreements = new Agreements(new AgreementStore(db), new AuditLog(db), clock);
            agreements.adopt(ClockFixture.AGREEMENT, "bench", true);
            SlaContexts contexts = new SlaContexts(agreements, org.leadpact.routing.Directory.EMPTY, new LostCycles(db), clock);
            Agreement agreement = contexts.active().orElseThrow().agreement();
            LeadStore store = new LeadStore(db);
            Instant setUp = clock.instant();
            Instant start = setUp.plusSeconds(60 + (spread + burst) / 500); // room to load the data first
            List<LeadState> leads = new ArrayList<>();
            for (int i = 0; i < spread; i++) { // warnings due over 10 s from start, breaches 12 s after each
                leads.add(ClockFixture.handedOff("spread-" + i, start.plusMillis(i * 10_000L / spread).minusSeconds(48)));
            }
            for (int i = 0; i < burst; i++) { // all warnings due at start + 40 s
                leads.add(ClockFixture.handedOff("burst-" + i, start.plusSeconds(40 - 48)));
            }
            ClockFixture.append(store, leads, setUp);
            ClockFixture.copy(url, ClockFixture.CLOCK_COPY, ClockFixture.clockRows(leads, agreement,
                    contexts.context(agreement), setUp));
            int filler = clocks - leads.size();
            for (int i = 0; i < filler; i += CHUNK) { // in chunks: a million rows of text at once would crowd the heap
                ClockFixture.copy(url, ClockFixture.CLOCK_COPY, ClockFixture.fillerRows(i, Math.min(filler, i + CHUNK),
                        filler, setUp));
            }
            analyse(url, "sla_clock");
            System.out.printf("loaded in %s; first due in %s%n", Duration.between(setUp, clock.instant()),
                    Duration.between(clock.instant(), start));
            Heap heap = new Heap();
            int expected = 2 * leads.size();
            try (ClockScheduler scheduler = new ClockScheduler(db, store, contexts, new RecordedEscalations(db, clock),
                    clock).start()) {
                waitFor(() -> count(url, "SELECT COUNT(*) FROM sla_escalation"), expected,
                        start.plusSeconds(120), heap);
            }
            return "LeadPact     " + lateness(url, "spread-%") + "; burst " + burstRate(url) + "; " + heap
                    + "; fired " + count(url, "SELECT COUNT(*) FROM sla_escalation") + " of " + expected;
        }
    }

    private static String dbScheduler(String url, int clocks, int spread, int burst) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE scheduled_tasks (task_name text NOT NULL, task_instance text NOT NULL, task_data bytea, "
                    + "execution_time timestamp with time zone NOT NULL, picked boolean NOT NULL, picked_by text, "
                    + "last_success timestamp with time zone, last_failure timestamp with time zone, "
                    + "consecutive_failures int, last_heartbeat timestamp with time zone, version bigint NOT NULL, "
                    + "priority smallint, PRIMARY KEY (task_name, task_instance))");
            s.execute("CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time)");
            s.execute("CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
            s.execute("CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority desc, execution_time asc)");
        }
        Instant setUp = Instant.now();
        Instant start = setUp.plusSeconds(60 + (spread + burst) / 500);
        StringBuilder csv = new StringBuilder();
        int jobs = 0;
        for (int i = 0; i < spread; i++) { // the same offsets as LeadPact's warnings and breaches
            Instant warn = start.plusMillis(i * 10_000L / spread);
            job(csv, "spread-w-" + i, warn);
            job(csv, "spread-b-" + i, warn.plusSeconds(12));
            jobs += 2;
        }
        for (int i = 0; i < burst; i++) {
            job(csv, "burst-w-" + i, start.plusSeconds(40));
            job(csv, "burst-b-" + i, start.plusSeconds(52));
            jobs += 2;
        }
        String copy = "COPY scheduled_tasks (task_name, task_instance, execution_time, picked, version) FROM STDIN "
                + "(FORMAT csv)";
        for (int i = 0; jobs < clocks + spread + burst; i++, jobs++) { // as many jobs as LeadPact had open clocks and fires
            job(csv, "filler-" + i, setUp.plusSeconds(86_400L + (long) i * 29 * 86_400 / clocks));
            if (csv.length() > 8_000_000) {
                ClockFixture.copy(url, copy, csv);
                csv.setLength(0);
            }
        }
        ClockFixture.copy(url, copy, csv);
        analyse(url, "scheduled_tasks");
        long[] spreadLate = new long[2 * spread];
        long[] burstDone = new long[2 * burst];
        AtomicInteger spreadN = new AtomicInteger();
        AtomicInteger burstN = new AtomicInteger();
        OneTimeTask<Void> task = Tasks.oneTime("sla-clock").execute((instance, ctx) -> {
            long now = System.currentTimeMillis();
            if (instance.getId().startsWith("spread")) {
                spreadLate[spreadN.getAndIncrement()] = now - ctx.getExecution().getExecutionTime().toEpochMilli();
            } else if (instance.getId().startsWith("burst-w")) {
                burstDone[burstN.getAndIncrement()] = now;
            }
        });
        // A pool, as LeadPact has (HikariCP): a new PostgreSQL connection per statement would cost a fork each.
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(24);
        com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(pool);
        Heap heap = new Heap();
        Scheduler scheduler = Scheduler.create(ds, task).threads(20).pollingInterval(Duration.ofSeconds(1))
                .pollUsingLockAndFetch(0.5, 4.0).build();
        scheduler.start();
        waitFor(() -> spreadN.get() + burstN.get(), 2 * spread + burst, start.plusSeconds(120), heap);
        scheduler.stop();
        ds.close();
        long[] late = Arrays.copyOf(spreadLate, spreadN.get());
        Arrays.sort(late);
        long last = Arrays.stream(burstDone, 0, burstN.get()).max().orElse(0);
        double rate = burstN.get() * 1000.0 / Math.max(1, last - start.plusSeconds(40).toEpochMilli());
        return String.format("db-scheduler spread lateness p50 %d ms, p99 %d ms, max %d ms; burst %,.0f fires/s "
                        + "(%,d warnings due at once); %s; ran %,d of %,d", pct(late, 50), pct(late, 99),
                late.length == 0 ? -1 : late[late.length - 1], rate, burstN.get(), heap, spreadN.get() + burstN.get(),
                2 * spread + burst);
    }

    private static void job(StringBuilder csv, String id, Instant at) {
        csv.append("sla-clock,").append(id).append(',').append(at).append(",false,1\n");
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String lateness(String url, String leads) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY ms), "
                     + "percentile_disc(0.99) WITHIN GROUP (ORDER BY ms), MAX(ms) FROM (SELECT EXTRACT(EPOCH FROM "
                     + "recorded_at - due_at) * 1000 AS ms FROM sla_escalation WHERE lead_id LIKE '" + leads + "') l")) {
            r.next();
            return String.format("spread lateness p50 %.0f ms, p99 %.0f ms, max %.0f ms", r.getDouble(1), r.getDouble(2),
                    r.getDouble(3));
        }
    }

    private static String burstRate(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), EXTRACT(EPOCH FROM MAX(recorded_at) - MIN(due_at)) "
                     + "FROM sla_escalation WHERE lead_id LIKE 'burst-%' AND step = 'warning'")) {
            r.next();
            return String.format("%,.0f fires/s (%,d warnings due at once)", r.getLong(1) / Math.max(0.001, r.getDouble(2)),
                    r.getLong(1));
        }
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void analyse(String url, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("ANALYZE " + table);
        }
    }

    interface Counter {
        int get() throws Exception;
    }

    /** Polls every 200 ms (sampling the heap) until {@code target} is reached or the deadline passes. */
    private static void waitFor(Counter counter, int target, Instant deadline, Heap heap) throws Exception {
        while (counter.get() < target && Instant.now().isBefore(deadline)) {
            heap.sample();
            Thread.sleep(200);
        }
    }

    /** The heap in use: after a GC before the run, and the most sampled during it. */
    static final class Heap {
        private final long before;
        private long peak;

        Heap() {
            System.gc();
            before = used();
        }

        void sample() {
            peak = Math.max(peak, used());
        }

        private static long used() {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }

        @Override
        public String toString() {
            return String.format("heap %d MB before, peak %d MB", before >> 20, peak >> 20);
        }
    }
}
