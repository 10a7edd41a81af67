package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.simulation.BulkLoader;
import org.leadpact.app.simulation.Company;
import org.leadpact.app.simulation.InFlight;
import org.leadpact.app.simulation.LiveSimulation;
import org.leadpact.app.simulation.Rep;
import org.leadpact.app.simulation.Simulation;
import org.leadpact.app.simulation.SimulationConfig;
import org.leadpact.app.simulation.SimulationSummary;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Dialect;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.Tokens;
import org.leadpact.routing.Team;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code leadpact demo}: the server on a fresh embedded database holding a simulated company's last
 * twelve months, which goes on living at a gentle pace until Ctrl-C.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the server on a fresh database with a simulated company (see docs/simulation.md).")
final class DemoCommand implements Callable<Integer> {
    /** The simulated company's e-mail domain: the directory's reps are reached there. */
    static final String DEMO_DOMAIN = "acme-analytics.example";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--leads", defaultValue = "20000", description = "Leads of the last twelve months (default: "
            + "${DEFAULT-VALUE}).")
    int leads;

    @Option(names = "--reps", defaultValue = "" + SimulationConfig.DEFAULT_REPS, description = "Reps in the six teams "
            + "(default: ${DEFAULT-VALUE}; fewer, with fewer --leads, for a quick demo or a test).")
    int reps;

    @Option(names = "--folder", paramLabel = "DIR", description = "Where the demo's database goes; must be new or "
            + "empty (default: ./leadpact-data/demo-<date>-<time>).")
    Path folder;

    @Option(names = "--pace", defaultValue = "3", paramLabel = "SECONDS",
            description = "A new lead arrives every this many seconds (default: ${DEFAULT-VALUE}).")
    double pace;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        Instant now = clock.instant();
        Path dir = fresh(folder != null ? folder : Path.of("leadpact-data", "demo-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now)));
        out.println("demo database in " + dir.toAbsolutePath());
        Database db = Database.open(Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact",
                dir.toAbsolutePath().resolve("leadpact").toString()));
        ApiServer server = new ApiServer(db, clock);
        Agreement agreement = adopt(server.agreements(), out);
        SimulationConfig config = new SimulationConfig(seed, leads, now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant(),
                now, reps);
        Simulation simulation = new Simulation(config, agreement, null);
        enlist(server.directory(), simulation.company(), agreement, now, out);
        InFlight inFlight = new InFlight();
        load(db, server, simulation, inFlight, out);
        Tokens tokens = new Tokens(db);
        String admin = tokens.create("demo admin", Tokens.Role.ADMIN, null, now).token();
        // The rep with the most open leads, so the rep's queue has something to show. The company's
        // history ends now, so which team is busiest depends on the hour: look at all of them.
        String busiest = server.leads().busiestQueues(1).keySet().stream().findFirst().orElse(null);
        Rep rep = simulation.company().reps().stream().filter(r -> r.id().equals(busiest)).findFirst()
                .orElse(simulation.company().team("east").getFirst());
        String repToken = tokens.create("demo rep " + rep.name(), Tokens.Role.SALES_REP, rep.id(), now).token();
        server.start(host, port);
        String url = "http://" + host + ":" + server.port();
        LiveSimulation live = new LiveSimulation(simulation, server.leads(), clock,
                Duration.ofMillis(Math.max(50, Math.round(pace * 1000))), inFlight).start();
        printWelcome(out, url, admin, rep, repToken);
        awaitCtrlC(live, server, db, dir, out);
        return 0;
    }

    /** Until Ctrl-C (or SIGTERM): then the live simulation stops first, then the server, then the database. */
    private static void awaitCtrlC(LiveSimulation live, ApiServer server, Database db, Path dir, PrintWriter out)
            throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                live.close();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            out.println(live.describe());
            out.println("demo stopped; its database stays in " + dir.toAbsolutePath());
            out.flush();
            server.close();
            db.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--folder " + dir + " is not empty: the demo starts on a fresh "
                            + "database");
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** The simulation agreement, uploaded with both teams' signatures and activated through the service. */
    private static Agreement adopt(Agreements agreements, PrintWriter out) {
        Agreements.Adoption adoption = agreements.adopt(Simulation.agreementDocument(), "demo", true);
        var stored = adoption.agreement();
        out.printf("agreement v%s uploaded, signed by %s (marketing) and %s (sales), %s%n", stored.version(),
                stored.signatures().marketing().name(), stored.signatures().sales().name(),
                adoption.activated() ? "activated" : "not active: " + adoption.whyNotActive().orElse("?"));
        return Agreements.agreement(stored);
    }

    /**
     * The company's reps and teams into the directory (the Queue and Leads pickers, managers for breaches):
     * every rep working the agreement calendar's hours as the simulation has them, each team managed by its
     * first rep. From then on routing picks the rep when a lead qualifies, by the agreement's rules (the
     * simulation's territories), and the simulation hands the lead to that rep.
     */
    static void enlist(DirectoryStore directory, Company company, Agreement agreement, Instant now, PrintWriter out) {
        company.enlist(directory, agreement.calendar(), DEMO_DOMAIN, now);
        List<Team> teams = company.directoryTeams();
        out.printf("directory: %d reps in %d teams (%s), working %s%n", company.reps().size(), teams.size(),
                teams.stream().map(t -> t.id() + " managed by " + t.manager()).collect(Collectors.joining(", ")),
                Company.hoursOf(agreement.calendar()));
    }

    private void load(Database db, ApiServer server, Simulation simulation, InFlight inFlight,
                      PrintWriter out) {
        SimulationSummary summary = new SimulationSummary();
        Progress bar = new Progress(spec.commandLine().getErr(), leads, Progress.onTerminal(), System::nanoTime, "leads");
        int[] done = {0};
        long started = System.nanoTime();
        BulkLoader.load(db, server.bulkListeners(), simulation.stream(inFlight).peek(lead -> {
            summary.add(lead);
            bar.update(++done[0]);
        }));
        bar.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.print(summary.describe());
        out.printf(Locale.ROOT, "simulated and loaded in %.1f s (%,.0f events/s); %,d leads still in progress go on%n",
                seconds, summary.events() / seconds, inFlight.size());
        out.flush();
    }

    private static void printWelcome(PrintWriter out, String url, String admin, Rep rep, String repToken) {
        out.println();
        out.println("LeadPact demo listening on " + url);
        out.println("admin token: " + admin);
        out.println("rep token (" + rep.name() + ", " + rep.id() + "): " + repToken);
        out.println();
        out.println("Open " + url + "/ui and sign in with a token (the rep's opens their queue).");
        out.println("Try the API:");
        String auth = "curl -H \"Authorization: Bearer " + admin + "\" ";
        out.println("  " + auth + "'" + url + "/api/v1/leads?stage=mql'");
        out.println("  " + auth + "'" + url + "/api/v1/leads?stage=opportunity&limit=5'");
        out.println("  " + auth + url + "/api/v1/agreements");
        out.println("  curl -H \"Authorization: Bearer " + repToken + "\" " + url + "/api/v1/leads   # "
                + rep.name() + "'s own leads");
        out.println("  curl " + url + "/metrics");
        out.println("A new lead arrives every few seconds; reps work New York business hours. Ctrl-C stops the demo.");
        out.flush();
    }
}
