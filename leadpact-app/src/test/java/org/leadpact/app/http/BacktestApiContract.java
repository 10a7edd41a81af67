package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.backtest.BacktestHistory;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;

/** {@code POST /api/v1/backtests} over real HTTP on a real log; run on H2 and on PostgreSQL. */
abstract class BacktestApiContract {
    static final Instant NOW = Instant.parse("2027-05-13T16:00:00Z");

    Database db;
    ApiServer server;
    Tokens tokens;
    Api api;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void start() throws IOException {
        db = Database.open(newDatabaseUrl());
        BacktestHistory.write(db);
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        api = Api.on(server.port(), tokens.create("marketing ops", Tokens.Role.MARKETING, null, NOW).token());
    }

    /** Every answer is one the OpenAPI description promises for its route and status. */
    @AfterEach
    void stop() {
        try {
            OpenApiDocument.assertAnswersDescribed(api);
        } finally {
            server.close();
            db.close();
            dropDatabase(db.url());
        }
    }

    private static String body(String proposed, String from, String to) throws IOException {
        return Api.JSON.writeValueAsString(Map.of("proposed", proposed, "from", from, "to", to));
    }

    @Test
    void marketing_back_tests_the_proposed_agreement_against_the_active_one_and_nothing_changes() throws IOException {
        String before = BacktestHistory.snapshot(db);
        Api.Response r = api.post("/api/v1/backtests", body(Files.readString(BacktestHistory.PROPOSED), "2027-03-01",
                "2027-04-30"));
        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
        JsonNode report = r.body();
        assertThat(report.at("/baseline/version").asText()).isEqualTo("2027.1");
        assertThat(report.at("/proposed/version").asText()).isEqualTo("2027.2");
        assertThat(report.at("/months/0/baseline/mqls").asInt()).isEqualTo(6);
        assertThat(report.at("/months/0/proposed/mqls").asInt()).isEqualTo(4);
        assertThat(report.at("/months/0/droppedExamples/0/clause").asText()).isEqualTo("scoring.threshold");
        assertThat(report.at("/changesByClause/added/scoring.rules[trial]").asInt()).isEqualTo(1);
        assertThat(report.at("/outcomes/baseline/precision/value").asDouble()).isEqualTo(0.4);
        assertThat(report.at("/outcomes/proposed/recall/n").asInt()).isEqualTo(2);
        assertThat(report.at("/pipeline/proposed").asLong()).isEqualTo(100_000);
        assertThat(BacktestHistory.snapshot(db)).isEqualTo(before);
    }

    @Test
    void a_bad_proposed_agreement_is_a_problem_with_the_line_and_path_of_each_mistake() throws IOException {
        String bad = Files.readString(BacktestHistory.PROPOSED).replace("threshold: 65", "threshold: lots");
        int line = java.util.Arrays.asList(bad.split("\n")).indexOf("  threshold: lots") + 1;
        Api.Response r = api.post("/api/v1/backtests", body(bad, "2027-03-01", "2027-04-30"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().at("/errors/0/path").asText()).isEqualTo("proposed.scoring.threshold");
        assertThat(r.body().at("/errors/0/line").asInt()).isEqualTo(line);
    }

    @Test
    void a_missing_period_and_an_unknown_key_are_reported_together() throws IOException {
        Api.Response r = api.post("/api/v1/backtests", "{\"proposed\": \"x\", \"colour\": 1}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsText("path")).contains("from", "to", "colour");
    }

    @Test
    void a_sales_rep_may_not_run_a_back_test() throws IOException {
        String rep = tokens.create("Ann", Tokens.Role.SALES_REP, "ann", NOW).token();
        Api.Response r = api.as(rep).post("/api/v1/backtests", body("x", "2027-03-01", "2027-04-30"));
        assertThat(r.status()).isEqualTo(403);
    }
}
