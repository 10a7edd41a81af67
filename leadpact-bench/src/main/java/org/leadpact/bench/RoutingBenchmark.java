package org.leadpact.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Accounts;
import org.leadpact.routing.Away;
import org.leadpact.routing.Decision;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Router;
import org.leadpact.routing.RoutingState;
import org.leadpact.routing.WorkingHours;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing decisions per second for 200 reps in 20 teams: 20 territory rules (one per team, by US state),
 * weighted shares, daily / weekly / open caps, working hours in four time zones, a tenth of the reps
 * out of office, and a 24/7 default team for nights and weekends. Each decision is made on the state
 * the previous one left (as the shell does), 20 seconds of business time later. The baseline picks
 * {@code reps[i % n]} in the same run. Run from the repository root:
 *
 * <pre>
 * mvn -q -DskipTests package
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar leadpact-bench/target/leadpact-bench.jar RoutingBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RoutingBenchmark {
    static final String[] STATES = {"NY", "NJ", "MA", "CT", "PA", "CA", "WA", "OR", "TX", "IL", "FL", "GA", "OH",
        "MI", "CO", "AZ", "NC", "VA", "MN", "WI"};
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver",
        "America/Los_Angeles"};
    private static final Instant START = Instant.parse("2027-03-01T00:00:00Z");

    private Router router;
    private Directory directory;
    private LeadState[] leads;
    private String[] repIds;
    private RoutingState state;
    private long decisions;

    @Setup
    public void build() throws IOException {
        Agreement example = AgreementFileReader.read(Path.of("examples/agreement.yaml")).orThrow();
        router = new Router(withRouting(example, routing()));
        directory = Directory.of(reps(), List.of());
        repIds = directory.reps().stream().map(Rep::id).toArray(String[]::new);
        leads = new LeadState[1000];
        for (int i = 0; i < leads.length; i++) {
            leads[i] = LeadState.empty("lead-" + i).apply(new AttributesChanged(START, Map.of("country", "US",
                    "state", STATES[(i * 7) % STATES.length], "email", "p" + i + "@firm" + i + ".example"), "bench"));
        }
        state = RoutingState.EMPTY;
    }

    static Routing routing() {
        List<RoutingRule> rules = new ArrayList<>();
        Map<String, TeamPolicy> teams = new LinkedHashMap<>();
        for (int t = 0; t < 20; t++) {
            rules.add(new RoutingRule("territory-" + t, Map.of("state", List.of(STATES[t])), null, "team-" + t));
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (int r = 0; r < 10; r += 3) {
                weights.put("rep-" + t + "-" + r, 2 + r % 3);
            }
            teams.put("team-" + t, new TeamPolicy("team-" + t, TeamPolicy.Mode.WEIGHTED, weights,
                    new TeamPolicy.Caps(40, 150, 400), 2, true));
        }
        teams.put("overnight", new TeamPolicy("overnight", TeamPolicy.Mode.ROUND_ROBIN, Map.of(), null, 2, false));
        return new Routing(rules, null, "overnight", teams, false, true);
    }

    private static List<Rep> reps() {
        List<Rep> reps = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            for (int r = 0; r < 10; r++) {
                int n = t * 10 + r;
                List<Away> away = n % 10 == 3 ? List.of(new Away(START.plusSeconds(86_400L * (n % 5)),
                        START.plusSeconds(86_400L * (n % 5 + 3)), "leave")) : List.of();
                String team = n < 190 ? "team-" + t : "overnight";
                reps.add(new Rep("rep-" + t + "-" + r, null, null, n % 37 != 0, team,
                        WorkingHours.parse("Mon-Fri 08:00-18:00", ZONES[n % ZONES.length]), away));
            }
        }
        return reps;
    }

    private static Agreement withRouting(Agreement a, Routing routing) {
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), routing, a.marketingSla(), a.salesSla(),
                a.mutualSla(), a.dispositions(), a.recycling(), a.calendar(), a.opportunityStages());
    }

    @Benchmark
    public String routeOneLead() {
        long i = decisions++;
        Instant at = START.plusSeconds(20 * i);
        Decision d = router.decide(leads[(int) (i % leads.length)], i % 3 == 0 ? "A" : "B", directory, state,
                Accounts.NONE, at);
        if (d instanceof Decision.Assign a) {
            state = a.after();
            if (i % 2 == 0) {
                state = state.released(a.rep()); // leads leave the desks as they are worked
            }
            return a.rep();
        }
        return null;
    }

    @Benchmark
    public String baselinePickByIndex() {
        return repIds[(int) (decisions++ % repIds.length)];
    }
}
