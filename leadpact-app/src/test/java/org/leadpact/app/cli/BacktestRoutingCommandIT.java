package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.backtest.BacktestHistory;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;

/**
 * {@code leadpact backtest} replaying recycles and routing, on both databases: the back-test history
 * plus l9 (recycled as not-ready, back with a demo request in April), reps ann and bob in team east
 * and ivy and joe in inside-sales. The proposal (from examples/agreement-proposed.yaml) routes only
 * New Jersey to east, gives up account owners and does not recycle for not-ready (nor has that disposition).
 *
 * <p>Worked by hand. Baseline qualifies l1-l6 and l9 in March, l9 again on 5 April. Routing: l1
 * (3 March) to east's first turn, ann; l2-l6 share l1's account (contoso.example): ann; l9
 * (Fabrikam) east's next turn, bob; l9 again back to its previous rep bob. Proposal qualifies l1,
 * l2, l6, l8, l9 (as the plain back-test says, plus l9); all New York, so inside-sales by turns:
 * ivy, joe, ivy, joe, ivy. l9's recycle is refused under it, so it never qualifies again.
 */
class BacktestRoutingCommandIT {
    @TempDir
    static Path dir;
    static String h2;
    static String postgres;
    static Path proposal;

    @BeforeAll
    static void write_the_history_and_the_directory() throws IOException {
        h2 = TestDatabases.h2(dir.resolve("db"));
        postgres = TestDatabases.postgresSchema();
        for (String url : new String[] {h2, postgres}) {
            try (Database db = Database.open(url)) {
                BacktestHistory.write(db);
                BacktestHistory.writeReturningLead(db);
            }
            for (String[] rep : new String[][] {{"ann", "east"}, {"bob", "east"}, {"ivy", "inside-sales"},
                {"joe", "inside-sales"}}) {
                CliRun run = CliRun.of("rep", "add", rep[0], "--team", rep[1], "--db", url);
                assertThat(run.exitCode()).as(run.err()).isZero();
            }
        }
        proposal = dir.resolve("proposed.yaml");
        Files.writeString(proposal, Files.readString(BacktestHistory.PROPOSED)
                .replace("state: [NY, NJ, MA, CT, PA, ON, QC]", "state: [NJ]")
                .replace("  default:\n    team: inside-sales\n", "  default:\n    team: inside-sales\n  ownerFirst:\n"
                        + "    accounts: false\n")
                .replace("reasons: [not-ready, could-not-reach, lost, stale]", "reasons: [could-not-reach, lost, stale]")
                .replace("dispositions: [accepted, recycle, trash,", "dispositions: [accepted, trash,"));
    }

    @AfterAll
    static void drop() {
        TestDatabases.dropPostgresSchema(postgres);
    }

    private static CliRun backtest(String url, String... more) {
        String[] args = {"backtest", "--proposed", proposal.toString(), "--from", "2027-03-01", "--to", "2027-04-30",
            "--db", url};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void recycles_and_routing_are_replayed_the_same_on_both_databases_and_any_number_of_threads() throws IOException {
        for (String url : new String[] {h2, postgres}) {
            for (String threads : new String[] {"1", "2"}) {
                CliRun run = backtest(url, "--format", "json", "--threads", threads);
                assertThat(run.exitCode()).as(run.err()).isZero();
                JsonNode r = new ObjectMapper().readTree(run.out());
                assertThat(r.at("/months/0/baseline/mqls").asInt()).isEqualTo(7);
                assertThat(r.at("/months/1/baseline/mqls").asInt()).isEqualTo(1);
                assertThat(r.at("/months/1/baseline/again").asInt()).isEqualTo(1);
                assertThat(r.at("/months/1/recordedMqls").asInt()).isEqualTo(1);
                assertThat(r.at("/months/0/proposed/mqls").asInt()).isEqualTo(5);
                assertThat(r.at("/months/1/proposed/mqls").asInt()).isZero();
                JsonNode recycles = r.at("/recycles");
                assertThat(recycles.at("/recorded").asInt()).isEqualTo(2); // l5 and l9
                assertThat(recycles.at("/baseline/applied").asInt()).isEqualTo(2);
                assertThat(recycles.at("/baseline/qualifiedAgain").asInt()).isEqualTo(1);
                assertThat(recycles.at("/proposed/applied").asInt()).isZero();
                assertThat(recycles.at("/proposed/refused").asInt()).isEqualTo(1); // l9: not-ready
                assertThat(recycles.at("/cameBack").asInt()).isEqualTo(1);
                assertThat(recycles.at("/converted").asInt()).isEqualTo(1);
                assertThat(recycles.at("/baselineJudgement/precision/value").asDouble()).isEqualTo(1.0);
                assertThat(recycles.at("/proposedJudgement/qualified").asInt()).isZero();
                JsonNode handOffs = r.at("/handOffs");
                assertThat(handOffs.at("/routingReplayed").asBoolean()).isTrue();
                assertThat(handOffs.at("/perRep").toString()).isEqualTo("{\"ann\":4,\"bob\":4}");
                assertThat(handOffs.at("/baseline/perRep").toString()).isEqualTo("{\"ann\":6,\"bob\":2}");
                assertThat(handOffs.at("/baseline/byClause").toString())
                        .isEqualTo("{\"routing.ownerFirst\":6,\"routing.rules[east]\":2}");
                assertThat(handOffs.at("/proposed/perRep").toString()).isEqualTo("{\"ivy\":3,\"joe\":2}");
                assertThat(handOffs.at("/proposed/byClause").toString()).isEqualTo("{\"routing.default\":5}");
            }
        }
    }

    @Test
    void the_table_shows_hand_offs_per_rep_under_each_agreement_and_the_recycles() {
        CliRun run = backtest(postgres);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("2027-04 +1 \\(1 again\\) +0 +1 ")
                .containsPattern("ann +4 +6 +0\n").containsPattern("ivy +0 +0 +3\n")
                .containsPattern("total +8 +8 +5\n")
                .contains("Recycles in the period: 2 recorded.")
                .contains("proposed applied 0, refused 1, qualified again 0");
    }
}
