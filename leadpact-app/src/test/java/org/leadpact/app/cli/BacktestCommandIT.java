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

/** {@code leadpact backtest} on a real log in the embedded database and in PostgreSQL. */
class BacktestCommandIT {
    @TempDir
    static Path dir;
    static String h2;
    static String postgres;

    @BeforeAll
    static void write_the_history() throws IOException {
        h2 = TestDatabases.h2(dir.resolve("db"));
        postgres = TestDatabases.postgresSchema();
        for (String url : new String[] {h2, postgres}) {
            try (Database db = Database.open(url)) {
                BacktestHistory.write(db);
            }
        }
    }

    @AfterAll
    static void drop() {
        TestDatabases.dropPostgresSchema(postgres);
    }

    private static CliRun backtest(String url, String... more) {
        String[] args = {"backtest", "--proposed", BacktestHistory.PROPOSED.toString(), "--from", "2027-03-01",
            "--to", "2027-04-30", "--db", url};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    private static String snapshot(String url) {
        try (Database db = Database.open(url)) {
            return BacktestHistory.snapshot(db);
        }
    }

    @Test
    void the_table_shows_the_months_the_outcomes_and_the_advice_and_nothing_changes_on_either_database() {
        for (String url : new String[] {h2, postgres}) {
            String before = snapshot(url);
            CliRun run = backtest(url, "--threads", "2");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Back-test 2027-03-01 to 2027-04-30: proposed v2027.2 (threshold 65) "
                    + "against baseline v2027.1 (threshold 60)\n8 leads, ");
            assertThat(run.out()).containsPattern("2027-03 +6 +4 +6 +\\+1 +-3 +120  no / no")
                    .contains("dropped l3 at 2027-03-05T15:05:00Z: scoring.threshold")
                    .contains("added   l8 at ").contains("scoring.rules[trial]")
                    .contains("Leads handed to sales in the period: 6; judged by sales by its end: 5")
                    .contains("baseline           5  40.0% (95%: 11.8–76.9%) of 5")
                    .contains("Threshold advice: no threshold meets the quota of 240 MQLs in the period")
                    .containsPattern("65 +4 +2.0 +- +50.0% \\(95%: 9.5–90.5%\\) of 2  <- proposed")
                    .contains("Outcomes exist only for leads that reached sales");
            assertThat(run.err()).contains("events of 8 leads").contains("2 thread(s)")
                    .contains("nothing in the database changed");
            assertThat(snapshot(url)).isEqualTo(before);
        }
    }

    @Test
    void json_carries_the_same_report() throws IOException {
        CliRun run = backtest(h2, "--format", "json", "--threads", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/months/0/baseline/mqls").asInt()).isEqualTo(6);
        assertThat(report.at("/months/0/proposed/mqls").asInt()).isEqualTo(4);
        assertThat(report.at("/outcomes/proposed/precision/n").asInt()).isEqualTo(2);
        assertThat(report.at("/thresholdAdvice/curve").size()).isEqualTo(100);
        assertThat(report.at("/handOffs/routingReplayed").asBoolean()).isFalse();
    }

    @Test
    void a_baseline_file_compared_with_itself_changes_nothing() {
        CliRun run = backtest(h2, "--baseline", BacktestHistory.PROPOSED.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("against baseline v2027.2").containsPattern("2027-03 +4 +4 +6 +\\+0 +-0");
    }

    @Test
    void a_bad_proposed_file_is_reported_with_its_lines_and_nothing_is_replayed() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(BacktestHistory.PROPOSED).replace("threshold: 65", "threshold: lots"));
        CliRun run = CliRun.of("backtest", "--proposed", bad.toString(), "--from", "2027-03-01", "--to", "2027-04-30",
                "--db", h2);
        assertThat(run.exitCode()).isEqualTo(LeadPactCli.INVALID_INPUT);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: scoring.threshold: ")
                .contains("is not a valid agreement");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        CliRun run = CliRun.of("backtest", "--proposed", BacktestHistory.PROPOSED.toString(), "--from", "2027-04-01",
                "--to", "2027-03-01", "--db", h2);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("the period ends (2027-03-01) before it starts (2027-04-01)");
    }
}
