package org.leadpact.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.backtest.BacktestHistory;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.Tokens;
import org.leadpact.backtest.Rate;

/**
 * The back-test page over real HTTP on H2, on the back-test history (eight leads in March 2027 under
 * examples/agreement.yaml, active) with examples/agreement-proposed.yaml uploaded as 2027.2. Every
 * figure the page shows is checked against the API's JSON for the same back-test.
 */
class BacktestPageIT {
    static final Instant NOW = Instant.parse("2027-05-13T16:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Database db;
    ApiServer server;
    Tokens tokens;
    String admin;
    String marketing;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        db = Database.open(TestDatabases.h2(dir.resolve("db")));
        BacktestHistory.write(db);
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        admin = tokens.create("Ada Admin", Tokens.Role.ADMIN, null, NOW).token();
        marketing = tokens.create("Mia Marketing", Tokens.Role.MARKETING, null, NOW).token();
        assertThat(send(api("/api/v1/agreements").POST(HttpRequest.BodyPublishers.ofString(
                Files.readString(BacktestHistory.PROPOSED))).build()).statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void marketing_reads_the_back_test_of_the_proposed_version_with_the_figures_the_api_answers() throws IOException {
        String before = BacktestHistory.snapshot(db);
        HttpResponse<String> r = page(marketing, "/ui/backtest?proposed=2027.2&baseline=active&from=2027-03-01&to=2027-04-30");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String page = r.body();
        JsonNode report = backtestByApi("2027-03-01", "2027-04-30");
        assertMatches(page, report);
        assertThat(BacktestHistory.snapshot(db)).as("a back-test writes nothing").isEqualTo(before);
    }

    @Test
    void the_agreement_page_links_a_version_that_is_not_active_to_its_back_test_over_the_last_six_months()
            throws IOException {
        String active = page(admin, "/ui/agreement/2027.1").body();
        assertThat(active).doesNotContain("Back-test against the active version");
        String proposed = page(admin, "/ui/agreement/2027.2").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a id=\"backtest\" href=\"([^\"]+)\">Back-test "
                + "against the active version</a>").matcher(proposed);
        assertThat(link.find()).as("the back-test link").isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).isEqualTo("/ui/backtest?proposed=2027.2&baseline=active");
        HttpResponse<String> r = page(marketing, href);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        String from = today.minusMonths(6).toString();
        String to = today.minusDays(1).toString();
        assertThat(r.body()).contains("name=\"from\" size=\"10\" value=\"" + from + "\"")
                .contains("name=\"to\" size=\"10\" value=\"" + to + "\"");
        assertMatches(r.body(), backtestByApi(from, to));
    }

    @Test
    void with_reps_in_the_directory_the_page_shows_each_routing_clause_s_hand_offs_per_rep() throws IOException {
        for (String[] rep : new String[][] {{"ann", "east"}, {"bob", "east"}, {"ivy", "inside-sales"}}) {
            HttpResponse<String> r = send(api("/api/v1/reps").POST(HttpRequest.BodyPublishers.ofString(
                    "{\"id\": \"" + rep[0] + "\", \"team\": \"" + rep[1] + "\"}")).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        String page = page(marketing, "/ui/backtest?proposed=2027.2&from=2027-03-01&to=2027-04-30").body();
        JsonNode report = backtestByApi("2027-03-01", "2027-04-30");
        assertThat(report.at("/handOffs/routingReplayed").asBoolean()).isTrue();
        String handOffs = InsightPagesContract.cells(page, "hand-offs");
        java.util.Set<String> reps = new java.util.TreeSet<>();
        List.of("/handOffs/perRep", "/handOffs/baseline/perRep", "/handOffs/proposed/perRep")
                .forEach(at -> report.at(at).fieldNames().forEachRemaining(reps::add));
        assertThat(reps).isNotEmpty();
        assertThat(handOffs.split(" \\| ")).containsExactlyElementsOf(reps.stream().map(rep -> String.join(" ", rep,
                report.at("/handOffs/perRep").path(rep).asText("0"),
                report.at("/handOffs/baseline/perRep").path(rep).asText("0"),
                report.at("/handOffs/proposed/perRep").path(rep).asText("0"))).toList());
        assertThat(InsightPagesContract.text(page, "unrouted")).isEqualTo("Nobody could take "
                + report.at("/handOffs/baseline/unrouted").asText() + " qualifications under the baseline, "
                + report.at("/handOffs/proposed/unrouted").asText() + " under the proposal.");
        assertMatches(page, report);
    }

    @Test
    void without_a_proposed_version_the_page_is_the_form_with_every_uploaded_version() {
        String page = page(admin, "/ui/backtest").body();
        assertThat(page).contains("id=\"backtest-form\"").contains("<option value=\"2027.1\"")
                .contains("<option value=\"2027.2\"").doesNotContain("id=\"backtest-summary\"")
                .doesNotContain(Charts.MARKER);
    }

    @Test
    void a_bad_input_re_renders_the_form_with_what_is_wrong() {
        bad("/ui/backtest?proposed=9.9&from=2027-03-01&to=2027-04-30", 404, "no agreement version 9.9");
        bad("/ui/backtest?proposed=2027.2&baseline=8.8&from=2027-03-01&to=2027-04-30", 404, "no agreement version 8.8");
        bad("/ui/backtest?proposed=2027.2&from=2027-05-01&to=2027-04-30",
                400, "the period ends (2027-04-30) before it starts (2027-05-01)");
        bad("/ui/backtest?proposed=2027.2&from=March&to=2027-04-30", 400, "from: 'March' is not a date");
        bad("/ui/backtest?proposed=2027.2&from=2027-03-01&to=2027-02-31", 400, "to: '2027-02-31' is not a date");
        HttpResponse<String> unknown = page(admin, "/ui/backtest?proposed=2027.2&colour=red");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("&#39;colour&#39; is not a setting of this page");
    }

    @Test
    void sales_may_not_run_a_back_test_as_through_the_api() {
        for (Tokens.Role role : List.of(Tokens.Role.SALES_REP, Tokens.Role.SALES_MANAGER)) {
            String token = tokens.create("Sam", role, role == Tokens.Role.SALES_REP ? "ann" : null, NOW).token();
            HttpResponse<String> r = page(token, "/ui/backtest?proposed=2027.2&from=2027-03-01&to=2027-04-30");
            assertThat(r.statusCode()).as(role.code()).isEqualTo(403);
            assertThat(r.body()).contains("may not do this").doesNotContain("backtest-summary");
            assertThat(page(token, "/ui/agreement/2027.2").body()).doesNotContain("Back-test against");
        }
    }

    private void bad(String path, int status, String message) {
        HttpResponse<String> r = page(marketing, path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(InsightPagesContract.text(r.body(), "problem")).as(path).contains(message);
        assertThat(r.body()).contains("id=\"backtest-form\"").doesNotContain("backtest-summary")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** The page shows the report's figures: as the API answers them, formatted. */
    private static void assertMatches(String page, JsonNode report) {
        assertThat(InsightPagesContract.text(page, "baseline-version")).isEqualTo(report.at("/baseline/version").asText());
        assertThat(InsightPagesContract.text(page, "proposed-version")).isEqualTo(report.at("/proposed/version").asText());
        assertThat(InsightPagesContract.text(page, "proposed-threshold"))
                .isEqualTo(report.at("/proposed/threshold").asText());
        assertThat(InsightPagesContract.text(page, "backtest-summary"))
                .contains(Figures.count(report.at("/leads").asLong()) + " leads, "
                        + Figures.count(report.at("/events").asLong()) + " events");
        List<String> months = new ArrayList<>();
        for (JsonNode m : report.path("months")) {
            months.add(String.join(" ", m.path("month").asText(), m.path("days").asText(),
                    mqls(m.path("baseline")), mqls(m.path("proposed")), m.path("recordedMqls").asText()));
        }
        String table = InsightPagesContract.cells(page, "months");
        assertThat(months).isNotEmpty();
        months.forEach(m -> assertThat(table).contains(m));
        assertThat(report.at("/months").findValues("mqls").stream().mapToInt(JsonNode::asInt).sum())
                .as("the history has MQLs in the period").isPositive();

        report.at("/changesByClause/added").fields().forEachRemaining(e -> assertThat(
                InsightPagesContract.cells(page, "added")).contains(e.getKey() + " " + e.getValue().asText()));
        report.at("/changesByClause/dropped").fields().forEachRemaining(e -> assertThat(
                InsightPagesContract.cells(page, "dropped")).contains(e.getKey() + " " + e.getValue().asText()));
        List<JsonNode> examples = new ArrayList<>();
        report.path("months").forEach(m -> {
            m.path("addedExamples").forEach(examples::add);
            m.path("droppedExamples").forEach(examples::add);
        });
        assertThat(examples).isNotEmpty();
        String changes = InsightPagesContract.cells(page, "changes");
        examples.forEach(e -> assertThat(changes).contains(e.path("lead").asText() + " ")
                .contains(e.path("clause").asText()));

        String judgements = InsightPagesContract.cells(page, "judgements");
        for (String side : List.of("baseline", "proposed")) {
            JsonNode j = report.at("/outcomes/" + side);
            assertThat(judgements).contains(side + " " + j.path("qualified").asText() + " "
                    + rate(j.path("precision")) + " " + rate(j.path("recall")));
        }
        assertThat(InsightPagesContract.text(page, "outcomes")).startsWith(report.at("/outcomes/reachedSales").asText()
                + " leads reached sales").contains(report.at("/outcomes/judged").asText() + " judged");
        assertThat(InsightPagesContract.text(page, "pipeline-baseline"))
                .isEqualTo(Figures.money(new BigDecimal(report.at("/pipeline/baseline").asText())));
        assertThat(InsightPagesContract.text(page, "pipeline-proposed"))
                .isEqualTo(Figures.money(new BigDecimal(report.at("/pipeline/proposed").asText())));

        String handOffs = InsightPagesContract.cells(page, "hand-offs");
        report.at("/handOffs/perRep").fields().forEachRemaining(e -> assertThat(handOffs)
                .contains(e.getKey() + " " + e.getValue().asText()));

        JsonNode advice = report.at("/thresholdAdvice");
        if (advice.path("recommended").isNull()) {
            assertThat(page).doesNotContain("advised-threshold");
        } else {
            assertThat(InsightPagesContract.text(page, "advised-threshold")).isEqualTo(advice.path("recommended").asText());
        }
        assertThat(InsightPagesContract.text(page, "advice")).contains(advice.path("reason").asText());
        String[] thresholds = InsightPagesContract.cells(page, "thresholds").split(" \\| ");
        assertThat(thresholds).hasSize(advice.path("curve").size());
        for (int i = 0; i < thresholds.length; i++) {
            JsonNode t = advice.path("curve").get(i);
            assertThat(thresholds[i]).startsWith(t.path("threshold").asText() + " " + t.path("mqls").asText() + " ")
                    .contains(t.path("meetsQuota").asBoolean() ? " yes " : " no ")
                    .endsWith(rate(t.path("opportunityRate")));
        }
        assertThat(page).contains("id=\"backtest-chart\"").contains("id=\"threshold-chart\"").contains(Charts.MARKER)
                .contains("echarts.min.js");
    }

    private static String mqls(JsonNode side) {
        int again = side.path("again").asInt();
        return side.path("mqls").asText() + (again > 0 ? " (" + again + " again)" : "");
    }

    private static String rate(JsonNode r) {
        return BacktestPage.rate(r.path("n").asInt() == 0 ? Rate.of(0, 0) : new Rate(r.path("successes").asInt(),
                r.path("n").asInt(), r.path("value").asDouble(), r.path("low").asDouble(), r.path("high").asDouble()));
    }

    private JsonNode backtestByApi(String from, String to) throws IOException {
        String body = JSON.writeValueAsString(Map.of("proposed", Files.readString(BacktestHistory.PROPOSED),
                "from", from, "to", to));
        HttpResponse<String> r = send(api("/api/v1/backtests").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json");
    }

    private HttpResponse<String> page(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Cookie", Session.COOKIE + "=" + token).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return PageClient.send(http, request);
    }
}
