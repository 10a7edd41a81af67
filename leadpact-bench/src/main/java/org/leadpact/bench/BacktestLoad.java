package org.leadpact.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.backtest.BacktestRunner;
import org.leadpact.app.simulation.Company;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadHistories;
import org.leadpact.backtest.Backtest;
import org.leadpact.backtest.BacktestPeriod;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * Back-test replay speed over a database already holding a history (e.g. the simulator's): first
 * reading the log alone (rows grouped per lead, nothing decoded), then for each thread count the
 * decode baseline (read and decode every event, deciding nothing) and the back-test (the same, plus
 * every lead re-decided under both agreements, recycles and routing replayed, and the report), all
 * timed in the same run. Routing uses the database's directory, or, when it has no reps, the
 * simulated company's 250 reps in its six teams (working any time), so routing is replayed.
 *
 * <pre>
 * java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.BacktestLoad --db URL \
 *     [--proposed examples/agreement-proposed.yaml] [--baseline examples/agreement.yaml] \
 *     [--from 2026-01-01] [--to 2026-06-30] [--threads 1,2]
 * </pre>
 */
public final class BacktestLoad {
    private static final String[][] DEFAULTS = {{"db", ""}, {"proposed", "examples/agreement-proposed.yaml"},
        {"baseline", "examples/agreement.yaml"}, {"from", "2026-01-01"}, {"to", "2026-06-30"}, {"threads", "1,2"},
        {"routing", "true"}};

    private BacktestLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String[] option : DEFAULTS) {
            options.put(option[0], option[1]);
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2))) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + options.keySet());
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        System.out.println("options: " + options);
        Agreement baseline = AgreementFileReader.read(Path.of(options.get("baseline"))).orThrow();
        Agreement proposed = AgreementFileReader.read(Path.of(options.get("proposed"))).orThrow();
        BacktestPeriod period = new BacktestPeriod(LocalDate.parse(options.get("from")), LocalDate.parse(options.get("to")));
        try (Database db = Database.open(options.get("db"))) {
            Directory directory = Boolean.parseBoolean(options.get("routing")) ? directory(db) : Directory.EMPTY;
            Backtest test = new Backtest(baseline, proposed, period, directory);
            LeadHistories log = new LeadHistories(db);
            long events = log.count(period.end());
            System.out.printf(Locale.ROOT, "%,d events before %s; routing on %d reps%n", events, period.end(),
                    directory.reps().size());
            long[] rows = {0};
            long readStarted = System.nanoTime();
            log.forEachLead(period.end(), h -> rows[0] += h.payloads().size());
            line(0, "read the log only (baseline)", rows[0], System.nanoTime() - readStarted);
            for (String t : options.get("threads").split(",")) {
                int threads = Integer.parseInt(t.strip());
                long started = System.nanoTime();
                long decoded = BacktestRunner.map(log, period.end(), threads, (id, history) -> history.size(), n -> { })
                        .stream().mapToLong(Integer::longValue).sum();
                long baselineNanos = System.nanoTime() - started;
                line(threads, "read + decode (baseline)", decoded, baselineNanos); // at once: a long run shows its way
                BacktestRunner.Run run = BacktestRunner.run(test, log, threads, n -> { });
                line(threads, "back-test (read, decode, decide, report)", run.events(), run.nanos());
                System.out.printf(Locale.ROOT, "  %d thread(s): back-test takes %.2f× the baseline's time; %,d leads%n",
                        threads, (double) run.nanos() / baselineNanos, run.report().leads());
                summary(run.report());
            }
        }
    }

    /** The database's directory, or the simulated company's reps when it has none. */
    private static Directory directory(Database db) {
        Directory stored = new DirectoryStore(db).snapshot();
        if (!stored.reps().isEmpty()) {
            return stored;
        }
        return Directory.of(Company.of(42, 250).reps().stream().map(r -> new Rep(r.id(), r.name(), null, true,
                r.team(), WorkingHours.ALWAYS, java.util.List.of())).toList(),
                Company.TEAMS.stream().map(t -> new Team(t.id(), t.id(), null, null)).toList());
    }

    private static void line(int threads, String what, long events, long nanos) {
        System.out.printf(Locale.ROOT, "  %d thread(s) %-42s %,13d events in %7.1f s = %,11d events/s%n", threads, what,
                events, nanos / 1e9, Math.round(events * 1e9 / nanos));
    }

    private static void summary(BacktestReport r) {
        int base = r.months().stream().mapToInt(BacktestReport.Month::baselineMqls).sum();
        int prop = r.months().stream().mapToInt(BacktestReport.Month::proposedMqls).sum();
        int recorded = r.months().stream().mapToInt(BacktestReport.Month::recordedMqls).sum();
        System.out.printf(Locale.ROOT, "  MQLs in the period: baseline %,d, proposed %,d, recorded %,d; judged leads %,d; "
                + "advised threshold %s%n", base, prop, recorded, r.outcomes().judged(), r.thresholdAdvice().recommended());
    }
}
