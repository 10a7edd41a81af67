package org.leadpact.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.Tokens;

/**
 * The rep's queue and the lead page's clocks over HTTP, on a server whose clock stands at Monday 15
 * March 2027, 11:00 in New York: leads handed off now have 24 business hours (09:00-12:00 and
 * 13:00-17:00 on weekdays) for the first follow-up, warn after 19h 12m, and tick until noon.
 */
class QueuePageIT {
    static final Instant NOW = Instant.parse("2027-03-15T15:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    Database db;
    ApiServer server;
    Tokens tokens;
    String admin;
    String alice;

    @BeforeEach
    void start() throws IOException {
        db = Database.open(TestDatabases.h2(dir.resolve("db")));
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        admin = tokens.create("Ada Admin", Tokens.Role.ADMIN, null, NOW).token();
        alice = tokens.create("Alice Rep", Tokens.Role.SALES_REP, "alice", NOW).token();
        api("POST", "/api/v1/agreements", Files.readString(Path.of("../examples/agreement.yaml")));
        api("POST", "/api/v1/agreements/2027.1/activation", "");
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    @Test
    void a_reps_queue_lists_their_open_leads_hottest_first_with_countdowns_in_business_time() throws IOException {
        String warm = handedOffLead("warm@contoso.example", "Warm Lead", "alice", false);
        String hot = handedOffLead("hot@contoso.example", "Hot Lead", "alice", true);
        handedOffLead("other@fabrikam.example", "Bob Lead", "bob", true);

        HttpResponse<String> queue = page(alice, "/ui/queue");

        assertThat(queue.statusCode()).isEqualTo(200);
        String html = queue.body();
        assertThat(html).contains("My queue", "2 open lead(s)").doesNotContain("Bob Lead");
        assertThat(html.indexOf("Hot Lead")).isLessThan(html.indexOf("Warm Lead"));
        assertThat(html).contains("data-clock=\"first-follow-up\"", "salesSla.firstFollowUp.maximum",
                "24h 00m business left to breach", "19h 12m business left to warning",
                "due Thu 18 Mar 15:00 EDT", "336h 00m left to breach");
        // Business time runs until the lunch break; the script ticks no further.
        assertThat(html).contains("data-ticks-until=\"" + Instant.parse("2027-03-15T16:00:00Z").toEpochMilli() + "\"");
        assertThat(html).contains("/ui/leads/" + hot + "/touch", "/ui/leads/" + warm + "/disposition",
                "<option>could-not-reach</option>", "/ui/static/countdown.js");
        assertThat(page(alice, "/ui/static/countdown.js").body()).contains("data-ticks-until");
    }

    @Test
    void a_call_logged_from_the_queue_returns_to_it_and_stops_the_first_follow_up() throws IOException {
        String lead = handedOffLead("hot@contoso.example", "Hot Lead", "alice", true);

        HttpResponse<String> logged = post(alice, "/ui/leads/" + lead + "/touch",
                "type=sales-call&outcome=left+a+voicemail&back=%2Fui%2Fqueue");
        assertThat(logged.statusCode()).isEqualTo(302);
        String location = logged.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(location, StandardCharsets.UTF_8)).startsWith("/ui/queue?done=")
                .endsWith("sales-call logged for " + lead);

        String after = page(alice, location).body();
        assertThat(after).contains("sales-call logged for " + lead, "data-clock=\"touch-cadence\"")
                .doesNotContain("data-clock=\"first-follow-up\"");
        assertThat(page(alice, "/ui/leads/" + lead).body()).contains("id=\"clocks\"", "first follow-up",
                "salesSla.firstFollowUp.maximum", ">met<", "stopped Mon 15 Mar 11:00 EDT", "left a voicemail");

        HttpResponse<String> accepted = post(alice, "/ui/leads/" + lead + "/disposition",
                "disposition=accepted&back=%2Fui%2Fqueue");
        assertThat(URLDecoder.decode(accepted.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .endsWith("disposition accepted set for " + lead);
        assertThat(page(alice, "/ui/queue").body()).contains(">sal<").doesNotContain("data-clock=\"status-update\"");
        assertThat(api("GET", "/api/v1/leads/" + lead, null).path("stage").asText()).isEqualTo("sal");
    }

    @Test
    void a_rep_asking_for_another_reps_queue_or_a_team_finds_nothing() throws IOException {
        handedOffLead("other@fabrikam.example", "Bob Lead", "bob", true);
        HttpResponse<String> theirs = page(alice, "/ui/queue?rep=bob");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).contains("There is no rep bob.").doesNotContain("Bob Lead");
        assertThat(page(alice, "/ui/queue?team=east").statusCode()).isEqualTo(404);
    }

    @Test
    void an_admin_picks_a_rep_and_an_unknown_rep_is_not_found() throws IOException {
        handedOffLead("other@fabrikam.example", "Bob Lead", "bob", true);
        assertThat(page(admin, "/ui/queue").body()).contains("Pick a rep", "id=\"pick\"",
                "<a href=\"/ui/queue?rep=bob\">bob</a> · 1 open");
        assertThat(page(admin, "/ui/queue?rep=bob").body()).contains("Queue of bob", "Bob Lead");
        HttpResponse<String> nobody = page(admin, "/ui/queue?rep=nobody");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("There is no rep nobody.");
        String marketing = tokens.create("Mia Marketing", Tokens.Role.MARKETING, null, NOW).token();
        assertThat(page(marketing, "/ui/queue").statusCode()).isEqualTo(403);
    }

    @Test
    void a_sales_manager_sees_the_queues_of_their_teams_together_and_no_other() throws IOException {
        handedOffLead("a@contoso.example", "Alice Lead", "alice", true);
        handedOffLead("b@fabrikam.example", "Bob Lead", "bob", false);
        handedOffLead("c@tailspin.example", "Carol Lead", "carol", false);
        api("POST", "/api/v1/teams", "{\"id\": \"east\", \"name\": \"East\", \"manager\": \"sam\"}");
        for (String rep : List.of("alice", "bob", "sam")) {
            api("POST", "/api/v1/reps", "{\"id\": \"" + rep + "\", \"name\": \"" + rep + "\", \"team\": \"east\"}");
        }
        api("POST", "/api/v1/reps", "{\"id\": \"carol\", \"name\": \"carol\", \"team\": \"west\"}");
        String sam = tokens.create("Sam Manager", Tokens.Role.SALES_MANAGER, "sam", NOW).token();

        String mine = page(sam, "/ui/queue").body();
        assertThat(mine).contains("Queue of my teams", "Alice Lead", "Bob Lead", "<th>owner</th>")
                .doesNotContain("Carol Lead");
        assertThat(page(sam, "/ui/queue?team=east").body()).contains("Alice Lead", "Bob Lead");
        assertThat(page(sam, "/ui/queue?rep=bob").body()).contains("Bob Lead").doesNotContain("Alice Lead");
        assertThat(page(sam, "/ui/queue?rep=carol").statusCode()).isEqualTo(404);
        assertThat(page(sam, "/ui/queue?team=west").statusCode()).isEqualTo(404);
        assertThat(page(admin, "/ui/queue?team=west").body()).contains("Carol Lead");
        assertThat(page(admin, "/ui/queue?team=nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void a_disposition_the_agreement_does_not_know_is_refused_with_words_and_changes_nothing() throws IOException {
        String lead = handedOffLead("hot@contoso.example", "Hot Lead", "alice", true);
        HttpResponse<String> bad = post(alice, "/ui/leads/" + lead + "/disposition", "disposition=maybe&back=%2Fui%2Fqueue");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Choose one of the agreement");
        HttpResponse<String> elsewhere = post(alice, "/ui/leads/" + lead + "/touch", "type=sales-email&back=%2F%2Fevil.example");
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).startsWith("/ui/leads/" + lead + "?");
        assertThat(api("GET", "/api/v1/leads/" + lead, null).path("stage").asText()).isEqualTo("handed-off");
    }

    @Test
    void signing_in_leads_a_rep_to_their_queue_and_anyone_else_to_the_scoreboard() throws IOException {
        assertThat(page(alice, "/ui").headers().firstValue("Location")).contains("/ui/queue");
        assertThat(page(admin, "/ui").headers().firstValue("Location")).contains("/ui/scoreboard");
        assertThat(page(alice, "/ui/leads").body()).contains("href=\"/ui/queue\"");
    }

    private String handedOffLead(String email, String name, String rep, boolean pricing) throws IOException {
        String id = api("POST", "/api/v1/leads", """
                {"attributes": {"fullName": "%s", "email": "%s", "company": "Contoso", "title": "VP Marketing",
                 "phone": "+1 212 555 0123", "city": "New York", "state": "NY", "country": "US",
                 "website": "contoso.example", "employees": 1200, "industry": "Retail"}}
                """.formatted(name, email)).path("lead").asText();
        api("POST", "/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-15T14:00:00Z\"}");
        if (pricing) {
            api("POST", "/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"page-view\", "
                    + "\"url\": \"https://example.com/pricing\", \"at\": \"2027-03-15T14:10:00Z\"}");
        }
        api("POST", "/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"" + rep + "\"}");
        return id;
    }

    private HttpResponse<String> page(String token, String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", Session.COOKIE + "=" + token).GET());
    }

    private HttpResponse<String> post(String token, String path, String form) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).header("Cookie", Session.COOKIE + "=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&csrf="
                        + URLEncoder.encode(Session.csrf(token), StandardCharsets.UTF_8))));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private JsonNode api(String method, String path, String body) throws IOException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).as("%s %s: %s", method, path, r.body()).isLessThan(300);
        return JSON.readTree(r.body());
    }
}
