package org.leadpact.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.Tokens;

/**
 * The dashboard in a real browser (headless chromium) against a real server: a rep signs in, opens
 * their lead, logs a call and sets a disposition; an admin signs and activates a new agreement version
 * and reads what changed, and back-tests it first. Every page visited is saved as a screenshot under target/screenshots.
 */
class DashboardBrowserIT {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Database db;
    ApiServer server;
    Tokens tokens;
    String admin;
    Browser browser;

    @BeforeEach
    void start() throws IOException {
        db = Database.open(TestDatabases.h2(dir.resolve("db")));
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        admin = tokens.create("Ada Admin", Tokens.Role.ADMIN, null, NOW).token();
        api("POST", "/api/v1/agreements", Files.readString(Path.of("../examples/agreement.yaml")));
        api("POST", "/api/v1/agreements/2027.1/activation", "");
        browser = new Browser(server.port(), dir.resolve("chromium"));
    }

    @AfterEach
    void stop() {
        browser.close();
        server.close();
        db.close();
    }

    @Test
    void a_rep_signs_in_opens_their_lead_logs_a_call_and_sets_a_disposition() throws IOException {
        String mine = handedOffLead("marcus.lee@contoso.example", "alice");
        String theirs = handedOffLead("jane.roe@fabrikam.example", "bob");
        String alice = tokens.create("Alice Rep", Tokens.Role.SALES_REP, "alice", NOW).token();

        browser.open("/ui");
        assertThat(browser.path()).isEqualTo("/ui/sign-in");
        browser.screenshot("sign-in");
        browser.type("input[name=token]", "lp_not-a-token");
        browser.submit("#sign-in");
        assertThat(browser.text("#flash")).contains("unknown or revoked");
        signIn(alice, "/ui/queue");
        assertThat(browser.text("#who")).contains("Alice Rep").contains("sales-rep");
        assertThat(browser.text("table.queue")).contains("Marcus Lee").doesNotContain("Jane Roe");
        browser.open("/ui/leads");
        assertThat(browser.text("table.leads")).contains("Marcus Lee").doesNotContain("Jane Roe");
        browser.screenshot("leads-rep");

        browser.click("table.leads a");
        assertThat(browser.path()).isEqualTo("/ui/leads/" + mine);
        assertThat(browser.text("#lead-card .stage")).isEqualTo("handed-off");
        assertThat(browser.text("#score")).contains("demo-request");
        assertThat(browser.text("#routing")).contains("alice");
        browser.type("input[name=outcome]", "left a voicemail");
        browser.click("#log-touch");
        assertThat(browser.text("#flash")).isEqualTo("sales-call logged");
        assertThat(browser.text("#timeline")).contains("sales-call");

        new org.openqa.selenium.support.ui.Select(browser.find("#disposition")).selectByVisibleText("could-not-reach");
        browser.click("#set-disposition");
        assertThat(browser.text("#flash")).startsWith("Refused by salesSla.touches").contains("3 calls");
        new org.openqa.selenium.support.ui.Select(browser.find("#disposition")).selectByVisibleText("accepted");
        browser.click("#set-disposition");
        assertThat(browser.text("#flash")).isEqualTo("disposition accepted set");
        assertThat(browser.text("#lead-card .stage")).isEqualTo("sal");
        browser.screenshot("lead");

        browser.open("/ui/leads/" + theirs);
        assertThat(browser.page()).contains("There is no lead " + theirs);
        assertThat(api("GET", "/api/v1/leads/" + mine, null).path("stage").asText()).isEqualTo("sal");
    }

    @Test
    void an_admin_signs_and_activates_a_new_agreement_version_and_reads_what_changed() throws IOException {
        api("POST", "/api/v1/agreements", Files.readString(Path.of("../examples/agreement-proposed.yaml")));
        signIn(admin, "/ui/scoreboard"); // the scoreboard is the first page of everyone but a rep
        browser.open("/ui/agreement");
        assertThat(browser.text("#agreement .version")).isEqualTo("2027.1");
        assertThat(browser.text("#signature-marketing")).contains("Dana Reyes");
        assertThat(browser.text("#agreement")).contains("scoring.threshold");
        browser.screenshot("agreement");

        browser.open("/ui/agreement/2027.2");
        assertThat(browser.text("#agreement .badge")).isEqualTo("awaiting signatures");
        browser.click("#backtest"); // the proposal replayed beside the active version, its two charts drawn
        assertThat(browser.path()).isEqualTo("/ui/backtest");
        assertThat(browser.text("#proposed-version")).isEqualTo("2027.2");
        assertThat(browser.waitFor("#backtest-chart[data-drawn=true] svg").isDisplayed()).isTrue();
        assertThat(browser.waitFor("#threshold-chart[data-drawn=true] svg").isDisplayed()).isTrue();
        browser.screenshot("backtest");
        browser.open("/ui/agreement/2027.2");
        browser.type("#signature-sales input[name=name]", "Sam Okafor");
        browser.type("#signature-sales input[name=role]", "VP Sales");
        browser.click("#sign-sales");
        assertThat(browser.text("#flash")).isEqualTo("signed for sales");
        assertThat(browser.text("#signature-sales")).contains("Sam Okafor");
        browser.click("#activate");
        assertThat(browser.text("#flash")).isEqualTo("version 2027.2 is active");
        assertThat(api("GET", "/api/v1/agreements", null).path("active").asText()).isEqualTo("2027.2");

        browser.click("#compare");
        assertThat(browser.path()).isEqualTo("/ui/agreement-diff");
        assertThat(browser.text("table.diff")).contains("scoring.threshold");
        browser.screenshot("agreement-diff");
    }

    @Test
    void an_admin_looks_at_the_scoreboard_funnel_sources_aging_and_planner_and_every_chart_is_drawn() throws IOException {
        String lead = handedOffLead("marcus.lee@contoso.example", "alice");
        signIn(admin, "/ui/scoreboard");
        for (String page : java.util.List.of("scoreboard", "funnel", "sources", "aging", "planner")) {
            browser.open("/ui/" + page + (page.equals("planner") ? "?revenueGoal=500000&orderSize=10000"
                    + "&salesCycleMonths=3&leadsPerOrder=6&year=2027" : ""));
            assertThat(browser.text("header nav a.active")).isEqualToIgnoringCase(page);
            assertThat(browser.waitFor("#" + page + "-chart[data-drawn=true] svg").isDisplayed()).as(page).isTrue();
            browser.screenshot(page);
            if (page.equals("scoreboard")) {
                assertThat(browser.text("#marketing-delivered")).isEqualTo("1");
            }
        }
        browser.open("/ui/aging");
        browser.click("a[href='/ui/aging?rep=alice&bucket=no-activity']");
        assertThat(browser.text("#cell")).contains(lead);
        browser.screenshot("aging-cell");
        browser.click("#cell a[href='/ui/leads/" + lead + "']");
        assertThat(browser.path()).isEqualTo("/ui/leads/" + lead);
        browser.open("/ui/funnel?step=mql-%3Esal&rate=2");
        assertThat(browser.text(".flash.refused")).contains("a share between 0 and 1");
    }

    @Test
    void a_form_sent_without_the_page_s_csrf_value_changes_nothing() throws Exception {
        api("POST", "/api/v1/agreements", Files.readString(Path.of("../examples/agreement-proposed.yaml")));
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/ui/agreement/2027.2/sign"))
                .header("Cookie", Session.COOKIE + "=" + admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("side=sales&name=Mallory&role=VP")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/agreements/2027.2", null).path("signatures").path("sales").isNull()).isTrue();
    }

    private void signIn(String token, String landing) {
        browser.open("/ui/sign-in");
        browser.type("input[name=token]", token);
        browser.submit("#sign-in");
        assertThat(browser.path()).isEqualTo(landing);
    }

    private String handedOffLead(String email, String rep) throws IOException {
        String id = api("POST", "/api/v1/leads", """
                {"attributes": {"fullName": "%s", "email": "%s", "company": "Contoso", "title": "VP Marketing",
                 "phone": "+1 212 555 0123", "city": "New York", "state": "NY", "country": "US",
                 "website": "contoso.example", "employees": 1200, "industry": "Retail"}}
                """.formatted(email.startsWith("marcus") ? "Marcus Lee" : "Jane Roe", email)).path("lead").asText();
        api("POST", "/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}");
        api("POST", "/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"" + rep + "\"}");
        return id;
    }

    private JsonNode api(String method, String path, String body) throws IOException {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isLessThan(300);
            return JSON.readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
