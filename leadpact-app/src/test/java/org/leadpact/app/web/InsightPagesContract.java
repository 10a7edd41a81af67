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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;

/**
 * The scoreboard, funnel, sources, aging and planner pages over real HTTP, on five leads driven through
 * the API in March 2027 with known times, judged on Saturday 13 March. The expected figures are worked
 * out by hand in the comments from those times and the example agreement (New York calendar, 09:00–12:00
 * and 13:00–17:00 on weekdays; hand-off within 3 hours; first follow-up within 24 business hours).
 * Run on H2 and on PostgreSQL.
 */
abstract class InsightPagesContract {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CREATED = "2027-03-01T14:00:00Z"; // Monday 09:00 in New York

    Database db;
    ApiServer server;
    Tokens tokens;
    String admin;
    String won;
    String untouched;
    String recent;
    HttpClient http = HttpClient.newHttpClient();

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void start() throws IOException {
        db = Database.open(newDatabaseUrl());
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        admin = tokens.create("Ada Admin", Tokens.Role.ADMIN, null, NOW).token();
        api("POST", "/api/v1/agreements", Files.readString(Path.of("../examples/agreement.yaml")));
        api("POST", "/api/v1/agreements/2027.1/activation", "");
        // handed off after 1 hour, called 20 business minutes later, accepted, opportunity, won for 48,000
        won = lead("l1@contoso.example", "webinar", "alice", "2027-03-01T15:00:00Z",
                touch("2027-03-01T15:20:00Z"), disposition("accepted", "2027-03-01T15:30:00Z"),
                disposition("opportunity", "2027-03-01T15:40:00Z"),
                "{\"type\": \"close-won\", \"amount\": 48000, \"at\": \"2027-03-05T15:00:00Z\"}");
        // handed off after 6 hours (late), never touched: its first follow-up breached on Friday 5 March
        untouched = lead("l2@fabrikam.example", "search", "bob", "2027-03-01T20:00:00Z");
        // never qualified
        lead("l3@northwind.example", "webinar", null, null);
        // handed off after 30 minutes, called 90 business minutes later, trashed
        lead("l4@tailspin.example", "webinar", "alice", "2027-03-01T14:30:00Z", touch("2027-03-01T16:00:00Z"),
                disposition("trash", "2027-03-01T16:30:00Z"));
        // handed off after 10 minutes, called on Tuesday 10:00: 170 + 240 + 60 = 470 business minutes; 11 days ago
        recent = lead("l5@adventure.example", "referral", "alice", "2027-03-01T14:10:00Z", touch("2027-03-02T15:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
        dropDatabase(db.url());
    }

    @Test
    void the_scoreboard_puts_marketing_and_sales_side_by_side_for_the_month_with_their_clauses() throws IOException {
        String page = page(admin, "/ui/scoreboard").body();
        // four handed off in March, three of them within 3 hours (all but the 6-hour one)
        assertThat(figure(page, "marketing-delivered")).isEqualTo("4");
        assertThat(figure(page, "marketing-within-target")).isEqualTo("75.0% (3 of 4)");
        // two dispositions after a hand-off: accepted (l1) and trash (l4)
        assertThat(figure(page, "marketing-accepted")).startsWith("50.0% (1 of 2");
        // first follow-ups 20, 90, 470 business minutes: median (nearest rank) 90, p90 470
        assertThat(figure(page, "sales-follow-up-median")).isEqualTo("1h 30m (business)");
        assertThat(figure(page, "sales-follow-up-p90")).isEqualTo("7h 50m (business)");
        assertThat(figure(page, "sales-breaches")).isEqualTo("1");
        assertThat(page).contains("<code>marketingSla.quota</code>").contains("<code>marketingSla.handOffWithin</code>")
                .contains("<code>salesSla.firstFollowUp.target</code>").contains("120 per month")
                .contains("2027-03: 4 of 120 (not met yet)");
        assertThat(page).contains("href=\"/ui/leads/" + untouched + "\"").contains("first-follow-up");
        assertThat(page).contains(Charts.MARKER);

        // the met share over every rep's clocks, as the API's compliance report counts them per rep
        JsonNode compliance = api("GET", "/api/v1/sla/compliance?period=2027-03", null);
        int met = 0;
        int breached = 0;
        for (JsonNode line : compliance.path("sales")) {
            met += line.path("met").asInt();
            breached += line.path("breached").asInt();
        }
        assertThat(breached).isEqualTo(1);
        assertThat(figure(page, "sales-sla-met")).startsWith(String.format(java.util.Locale.ROOT, "%.1f%% (%d met, 1 breached",
                met * 100.0 / (met + breached), met));
    }

    @Test
    void the_scoreboard_switches_period_and_a_rep_sees_their_own_slice() {
        String week = page(admin, "/ui/scoreboard?period=week").body();
        assertThat(week).contains("2027-W10").contains("2027-03-08 to 2027-03-14");
        assertThat(figure(week, "marketing-delivered")).isEqualTo("0");
        String quarter = page(admin, "/ui/scoreboard?period=quarter").body();
        assertThat(figure(quarter, "marketing-delivered")).isEqualTo("4");

        String bob = tokens.create("Bob Rep", Tokens.Role.SALES_REP, "bob", NOW).token();
        String own = page(bob, "/ui/scoreboard").body();
        assertThat(own).contains("Your own leads only");
        assertThat(figure(own, "marketing-delivered")).isEqualTo("1");
        assertThat(figure(own, "marketing-within-target")).isEqualTo("0.0% (0 of 1)");
        assertThat(figure(own, "sales-breaches")).isEqualTo("1");
    }

    @Test
    void the_funnel_of_the_march_cohort_counts_each_stage_and_the_what_if_changes_deals_and_revenue() {
        String page = page(admin, "/ui/funnel?cohort=2027-03").body();
        assertThat(cells(page, "stages")).isEqualTo("lead 5 | mql 4 | handed-off 4 | sal 1 | opportunity 1 | won 1 | lost 0");
        assertThat(cells(page, "conversions")).startsWith("mql sal 25.0% | sal opportunity 100.0% | opportunity won 100.0%");
        assertThat(page).contains("id=\"funnel-chart\"").contains("&quot;type&quot;:&quot;funnel&quot;");
        // one deal of 48,000 now; at half of the MQLs accepted: 4 × 0.5 × 1 × 1 = 2 deals, 96,000
        assertThat(text(page, "what-if-result")).isEqualTo("Deals: 1 → 1 (0); revenue at 48,000 a deal: 48,000 → 48,000.");
        String changed = page(admin, "/ui/funnel?cohort=2027-03&step=mql-%3Esal&rate=0.5").body();
        assertThat(text(changed, "what-if-result")).isEqualTo("Deals: 1 → 2 (+1); revenue at 48,000 a deal: 48,000 → 96,000.");
        String empty = page(admin, "/ui/funnel?cohort=2027-02").body();
        assertThat(cells(empty, "stages")).startsWith("lead 0 | mql 0");
    }

    @Test
    void lead_sources_sort_by_any_column_both_ways() {
        String page = page(admin, "/ui/sources?period=2027-03").body();
        // webinar: l1, l3, l4; one opportunity (l1) won for 48,000 = 16,000 a lead
        assertThat(cells(page, "sources")).startsWith("webinar 3 1 33.3% 4.0 48,000 16,000 | referral 1 0 0.0%");
        assertThat(cells(page, "sources")).endsWith("total 5 1 20.0% 4.0 48,000 9,600");
        assertThat(order(page("/ui/sources?sort=value&dir=asc"))).containsExactly("referral", "search", "webinar");
        assertThat(order(page("/ui/sources?sort=value&dir=desc"))).containsExactly("webinar", "search", "referral");
        assertThat(order(page("/ui/sources?sort=leads&dir=asc"))).containsExactly("referral", "search", "webinar");
        assertThat(order(page("/ui/sources?sort=valuePerLead&dir=desc"))).first().isEqualTo("webinar");
        assertThat(page("/ui/sources?sort=leads&dir=desc")).contains("href=\"/ui/sources?sort=leads&amp;dir=asc\"");
    }

    @Test
    void aging_is_a_heat_map_whose_cells_open_the_leads_behind_them() {
        String page = page(admin, "/ui/aging").body();
        // open leads: l5 (alice, touched 11 days ago) and l2 (bob, never touched)
        assertThat(cells(page, "aging")).isEqualTo("alice 0 0 1 0 0 0 0 1 | bob 1 0 0 0 0 0 0 1 | total 1 0 1 0 0 0 0 2");
        assertThat(page).contains("href=\"/ui/aging?rep=alice&amp;bucket=8-15\"").contains("rgba(179, 38, 30, 0.80)");
        String cell = page(admin, "/ui/aging?rep=alice&bucket=8-15").body();
        assertThat(cell).contains("href=\"/ui/leads/" + recent + "\"").doesNotContain(untouched);
        assertThat(text(cell, "cell")).contains("1 open lead");
        String bucket = page(admin, "/ui/aging?bucket=no-activity").body();
        assertThat(cells(bucket, "cell-leads")).startsWith(untouched + " bob handed-off no activity");

        String bob = tokens.create("Bob Rep", Tokens.Role.SALES_REP, "bob", NOW).token();
        assertThat(cells(page(bob, "/ui/aging").body(), "aging")).isEqualTo("bob 1 0 0 0 0 0 0 1 | total 1 0 0 0 0 0 0 1");
        assertThat(page(bob, "/ui/aging?rep=alice").statusCode()).isEqualTo(403);
    }

    @Test
    void the_planner_plans_from_the_inputs_or_from_the_history() {
        String plan = page(admin, "/ui/planner?revenueGoal=500000&orderSize=10000&salesCycleMonths=3&leadsPerOrder=6"
                + "&year=2027").body();
        // the reverse funnel of docs/planning.md: 50 orders, 5-5-5-5-6-6-6-6-6 from April, 300 leads
        assertThat(text(plan, "plan-summary")).contains("50 orders").contains("300 qualified leads");
        assertThat(cells(plan, "plan")).startsWith("2027-01 0 30 | 2027-02 0 30 | 2027-03 0 30 | 2027-04 5 30 | 2027-05 5 36")
                .endsWith("2027-12 6 0");
        // history: one deal won for 48,000, four MQLs, won 4.04 days after its MQL (one month, rounded up)
        String fromHistory = page(admin, "/ui/planner").body();
        assertThat(fromHistory).contains("value=\"48000.00\"").contains("value=\"4.00\"").contains("name=\"salesCycleMonths\" "
                + "size=\"10\" value=\"1\"");
        assertThat(text(fromHistory, "plan-summary")).contains("1 orders").contains("4 qualified leads");
    }

    @Test
    void a_bad_setting_is_a_readable_message_never_an_error() {
        assertRefused("/ui/scoreboard?period=year", 400, "period: 'year' is not one of week, month, quarter");
        assertRefused("/ui/funnel?cohort=2027-13", 400, "cohort:");
        assertRefused("/ui/funnel?cohort=march", 400, "is not a month");
        assertRefused("/ui/funnel?step=mql-%3Esal&rate=1.5", 400, "a share between 0 and 1");
        assertRefused("/ui/funnel?step=mql-%3Ewon&rate=0.5", 400, "is not a step");
        assertRefused("/ui/funnel?rate=0.5", 400, "needs both a step and a rate");
        assertRefused("/ui/sources?sort=colour", 400, "sort: 'colour' is not one of");
        assertRefused("/ui/sources?dir=up", 400, "dir:");
        assertRefused("/ui/sources?period=2027-13", 400, "is not a period");
        assertRefused("/ui/sources?colour=red", 400, "'colour' is not a setting of this page");
        assertRefused("/ui/aging?bucket=old", 400, "bucket: 'old' is not one of");
        assertRefused("/ui/planner?revenueGoal=500000&orderSize=10000&salesCycleMonths=0&leadsPerOrder=6", 400,
                "the sales cycle must be 1 to 11 whole months");
        assertRefused("/ui/planner?orderSize=ten", 400, "orderSize: 'ten' is not a number");
        assertRefused("/ui/planner?year=2027.5", 400, "year: '2027.5' is not a whole number");
    }

    private void assertRefused(String path, int status, String words) {
        HttpResponse<String> r = page(admin, path);
        assertThat(r.statusCode()).as(path).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type").orElse("")).as(path).startsWith("text/html");
        assertThat(r.body()).as(path).contains("class=\"flash refused\"").contains(Html.escape(words));
    }

    // --- seeding through the API

    private String lead(String email, String source, String rep, String handOffAt, String... actions) throws IOException {
        String id = api("POST", "/api/v1/leads", """
                {"at": "%s", "attributes": {"firstName": "%s", "lastName": "Lee", "email": "%s", "company": "Contoso", "title": "VP Marketing",
                 "phone": "+1 212 555 0123", "city": "New York", "state": "NY", "country": "US",
                 "website": "contoso.example", "employees": 1200, "industry": "Retail", "source": "%s"}}
                """.formatted(CREATED, email.substring(0, 2), email, source)).path("lead").asText();
        if (rep != null) {
            api("POST", "/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", \"at\": \""
                    + CREATED + "\"}");
            act(id, "{\"type\": \"hand-off\", \"rep\": \"" + rep + "\", \"at\": \"" + handOffAt + "\"}");
        }
        for (String action : actions) {
            act(id, action);
        }
        return id;
    }

    private static String touch(String at) {
        return "{\"type\": \"sales-call\", \"at\": \"" + at + "\"}";
    }

    private static String disposition(String d, String at) {
        return "{\"type\": \"disposition\", \"disposition\": \"" + d + "\", \"at\": \"" + at + "\"}";
    }

    private void act(String id, String action) throws IOException {
        api("POST", "/api/v1/leads/" + id + "/actions", action);
    }

    private JsonNode api(String method, String path, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = send(b.build());
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isLessThan(300);
        return JSON.readTree(r.body());
    }

    // --- reading pages

    HttpResponse<String> page(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Cookie", Session.COOKIE + "=" + token).GET().build());
    }

    private String page(String path) {
        HttpResponse<String> r = page(admin, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        return PageClient.send(http, request);
    }

    /** The text of the element with this id (tags removed, entities of the figures read back). */
    static String text(String page, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("element #%s", id).isTrue();
        return plain(m.group(2));
    }

    static String figure(String page, String id) {
        return text(page, id);
    }

    /** The body rows of the table with this class or id: cells joined by spaces, rows by " | ". */
    static String cells(String page, String table) {
        Matcher m = Pattern.compile("<table class=\"" + Pattern.quote(table) + "\"[^>]*>(.*?)</table>|<table[^>]*id=\""
                + Pattern.quote(table) + "\"[^>]*>(.*?)</table>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("table %s", table).isTrue();
        String body = m.group(1) != null ? m.group(1) : m.group(2);
        body = body.substring(body.indexOf("<tbody>") + 7, body.indexOf("</tbody>"));
        return java.util.Arrays.stream(body.split("</tr>")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> java.util.Arrays.stream(r.split("</t[dh]>")).map(InsightPagesContract::plain)
                        .filter(c -> !c.isEmpty()).reduce((a, c) -> a + " " + c).orElse(""))
                .reduce((a, r) -> a + " | " + r).orElse("");
    }

    /** The first column of the sources table, in the order shown, without the total. */
    static java.util.List<String> order(String page) {
        return java.util.Arrays.stream(cells(page, "sources").split(" \\| ")).map(r -> r.split(" ")[0])
                .filter(v -> !v.equals("total")).toList();
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<")
                .replace("&quot;", "\"").replace("&#39;", "'").strip();
    }
}
