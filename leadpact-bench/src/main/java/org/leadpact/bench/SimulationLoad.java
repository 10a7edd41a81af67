package org.leadpact.bench;

import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.leadpact.app.simulation.BulkLoader;
import org.leadpact.app.simulation.SimulatedLead;
import org.leadpact.app.simulation.Simulation;
import org.leadpact.app.simulation.SimulationConfig;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Dialect;
import org.postgresql.PGConnection;

/**
 * Simulation rates: generating a seeded company's history through the engine (events/s, wall and CPU
 * of the generating thread), and loading the same leads in bulk into a fresh embedded database and a
 * fresh PostgreSQL schema, each next to a baseline of the same run: for PostgreSQL a bare COPY of the
 * same {@code lead_event} rows (see {@link CopyBaseline}); for H2 a batched insert of the same rows
 * into a table with lead_event's columns and no keys or indexes.
 *
 * <pre>java -cp leadpact-bench/target/leadpact-bench.jar org.leadpact.bench.SimulationLoad [LEADS] [PG-URL]</pre>
 */
public final class SimulationLoad {
    private SimulationLoad() {
    }

    public static void main(String[] args) throws Exception {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        String pg = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        SimulationConfig config = SimulationConfig.of(42, leads, LocalDate.of(2026, 1, 1), 12);
        generate(SimulationConfig.of(7, Math.max(1_000, leads / 10), LocalDate.of(2026, 1, 1), 12)); // warm-up
        List<SimulatedLead> history = generate(config);
        long events = history.stream().mapToLong(l -> l.events().size()).sum();
        Path dir = Files.createTempDirectory("leadpact-simulation-load");
        String h2 = Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact", dir.resolve("leadpact").toString());
        try (Database db = Database.open(h2)) {
            report("h2 bulk load", events, BulkLoader.load(db, history.stream()).nanos());
            try (Connection c = DriverManager.getConnection(h2)) {
                report("h2 baseline: batched insert into a bare table", events, bareInsert(c));
            }
        }
        String schema = "lp_simload_" + System.nanoTime() % 1_000_000;
        try (Connection admin = DriverManager.getConnection(pg)) {
            admin.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Database db = Database.open(url)) {
            checkpoint(url);
            report("postgresql bulk load", events, BulkLoader.load(db, history.stream()).nanos());
            String csv = rows(url);
            long[] copies = new long[3];
            for (int i = 0; i < copies.length; i++) {
                copies[i] = new CopyBaseline(url).bare(csv).nanos();
            }
            java.util.Arrays.sort(copies);
            report("postgresql baseline: COPY into a bare table (median of 3)", events, copies[1]);
        } finally {
            try (Connection admin = DriverManager.getConnection(pg)) {
                admin.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static List<SimulatedLead> generate(SimulationConfig config) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long started = cpu.getCurrentThreadCpuTime();
        List<SimulatedLead> leads = Simulation.stream(config).toList();
        long used = cpu.getCurrentThreadCpuTime() - started;
        wall = System.nanoTime() - wall;
        long events = leads.stream().mapToLong(l -> l.events().size()).sum();
        System.out.printf(Locale.ROOT, "generate %,d leads: %,d events in %.2f s wall (%,.0f events/s), %.2f s CPU "
                + "(%,.0f events/s)%n", config.leads(), events, wall / 1e9, events * 1e9 / wall, used / 1e9,
                events * 1e9 / used);
        return leads;
    }

    private static void report(String what, long events, long nanos) {
        System.out.printf(Locale.ROOT, "%-58s %,d events in %6.2f s = %,9.0f events/s%n", what, events, nanos / 1e9,
                events * 1e9 / nanos);
    }

    private static void checkpoint(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("CHECKPOINT");
        }
    }

    /** lead_event as CSV with its position first, as {@link CopyBaseline#bare} reads it. */
    private static String rows(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            StringWriter csv = new StringWriter();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT position, lead_id, lead_version, event_id, "
                    + "event_type, occurred_at, recorded_at, recorded_by, payload FROM lead_event ORDER BY position) "
                    + "TO STDOUT (FORMAT csv)", csv);
            return csv.toString();
        }
    }

    /** The loaded rows read back, then inserted in batches of 5,000 into a bare table, timed. */
    private static long bareInsert(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lead_event_bare AS SELECT * FROM lead_event WHERE 1 = 0");
        }
        List<Object[]> rows = new java.util.ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT position, lead_id, lead_version, event_type, "
                + "occurred_at, recorded_at, recorded_by, payload FROM lead_event ORDER BY position")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                    rs.getObject(5, java.time.OffsetDateTime.class), rs.getObject(6, java.time.OffsetDateTime.class),
                    rs.getString(7), rs.getString(8)});
            }
        }
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lead_event_bare (position, lead_id, "
                + "lead_version, event_type, occurred_at, recorded_at, recorded_by, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++n % 5_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return System.nanoTime() - start;
    }
}
