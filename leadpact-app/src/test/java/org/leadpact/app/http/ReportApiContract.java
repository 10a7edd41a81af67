package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
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
import org.leadpact.app.reports.FactIndex;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.reports.ReportOutput;
import org.leadpact.app.reports.ReportQuery;
import org.leadpact.app.reports.Teams;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.Tokens;

/**
 * The reports over real HTTP on four leads driven through the API in March 2027, on a fresh database;
 * run on H2 and on PostgreSQL. Every answer must match openapi.json.
 */
abstract class ReportApiContract {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");

    Database db;
    ApiServer server;
    Tokens tokens;
    Api api;
    String won;
    String waiting;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void start() throws IOException {
        db = Database.open(newDatabaseUrl());
        server = new ApiServer(db, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
        tokens = new Tokens(db);
        api = Api.on(server.port(), tokens.create("test admin", Tokens.Role.ADMIN, null, NOW).token());
        assertThat(api.post("/api/v1/agreements", Files.readString(Path.of(ApiContract.EXAMPLE))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/agreements/2027.1/activation", "").status()).isEqualTo(200);
        won = lead("l1@contoso.example", "Contoso", "webinar", true, "alice", "{\"type\": \"sales-call\"}",
                "{\"type\": \"disposition\", \"disposition\": \"accepted\"}",
                "{\"type\": \"disposition\", \"disposition\": \"opportunity\"}",
                "{\"type\": \"opportunity-stage\", \"stage\": \"proposal\"}", "{\"type\": \"close-won\", \"amount\": 48000}");
        waiting = lead("l2@fabrikam.example", "Fabrikam", "search", true, "bob");
        lead("l3@northwind.example", "Northwind", "webinar", false, null);
        lead("l4@tailspin.example", "Tailspin", "webinar", true, "alice", "{\"type\": \"sales-call\"}");
    }

    private String lead(String email, String company, String source, boolean demo, String rep, String... actions) {
        String body = ApiContract.lead(email).replace("Contoso", company)
                .replace("\"industry\": \"Retail\"}", "\"industry\": \"Retail\", \"source\": \"" + source + "\"}")
                .replace("{\"attributes\"", "{\"at\": \"2027-03-01T10:00:00Z\", \"attributes\"");
        Api.Response created = api.post("/api/v1/leads", body);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String id = created.body().path("lead").asText();
        if (demo) {
            assertThat(api.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                    + "\"at\": \"2027-03-02T10:00:00Z\"}").status()).isEqualTo(201);
            act(id, "{\"type\": \"hand-off\", \"rep\": \"" + rep + "\"}");
        }
        for (String action : actions) {
            act(id, action);
        }
        return id;
    }

    private void act(String id, String action) {
        Api.Response r = api.post("/api/v1/leads/" + id + "/actions", action);
        assertThat(r.status()).as("%s → %s", action, r.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        try {
            OpenApiDocument description = OpenApiDocument.load();
            assertThat(api.exchanges().stream().flatMap(e -> description.violations(e).stream()).toList())
                    .as("answers that differ from openapi.json").isEmpty();
        } finally {
            server.close();
            db.close();
            dropDatabase(db.url());
        }
    }

    @Test
    void the_funnel_counts_each_stage_of_the_month_with_its_conversions_and_definitions() {
        JsonNode funnel = api.get("/api/v1/reports/funnel?period=2027-03").body();
        assertThat(funnel.path("stages").toString()).isEqualTo("[{\"stage\":\"lead\",\"leads\":4},"
                + "{\"stage\":\"mql\",\"leads\":3},{\"stage\":\"handed-off\",\"leads\":3},{\"stage\":\"sal\",\"leads\":1},"
                + "{\"stage\":\"opportunity\",\"leads\":1},{\"stage\":\"won\",\"leads\":1},{\"stage\":\"lost\",\"leads\":0}]");
        assertThat(funnel.path("conversions").get(0).path("rate").asDouble()).isEqualTo(0.3333);
        assertThat(funnel.path("cohorts").get(0).path("cohort").asText()).isEqualTo("2027-03");
        assertThat(funnel.path("definitions").path("sal").asText()).contains("accepted");
        assertThat(api.get("/api/v1/reports/funnel?period=2027-02").body().path("stages").get(0).path("leads").asInt())
                .isZero();
    }

    @Test
    void lead_sources_answer_as_csv_when_asked_by_parameter_or_by_accept_header() throws Exception {
        Api.Response csv = api.get("/api/v1/reports/sources?from=2027-03-01&to=2027-03-31&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("source,leads,opportunities,conversionRate")
                .contains("webinar,3,1,0.3333,").contains(",48000.0,16000.00,").contains("search,1,0,0.0").contains("definitions");
        HttpResponse<String> accepted = api.client().send(HttpRequest.newBuilder(URI.create(api.base()
                + "/api/v1/reports/sources?period=2027")).header("Authorization", "Bearer " + api.token())
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(accepted.body()).contains("webinar,3,1");
        JsonNode json = api.get("/api/v1/reports/sources?period=2027&source=webinar").body();
        assertThat(json.path("total").path("leads").asInt()).isEqualTo(3);
    }

    @Test
    void aging_shows_each_reps_open_leads_and_a_rep_sees_only_their_own() {
        JsonNode aging = api.get("/api/v1/reports/aging").body();
        assertThat(aging.path("reps").toString()).contains("\"rep\":\"alice\"").contains("\"rep\":\"bob\"");
        assertThat(aging.path("reps").get(1).path("buckets").path("no-activity").asInt()).isEqualTo(1);
        assertThat(aging.path("reps").get(0).path("buckets").path("0-7").asInt()).isEqualTo(1);
        JsonNode cell = api.get("/api/v1/reports/aging/leads?rep=bob&bucket=no-activity").body();
        assertThat(cell.path("leads").get(0).path("lead").asText()).isEqualTo(waiting);

        Api bob = api.as(tokens.create("bob", Tokens.Role.SALES_REP, "bob", NOW).token());
        JsonNode own = bob.get("/api/v1/reports/aging").body();
        assertThat(own.path("reps")).hasSize(1);
        assertThat(own.path("filters").path("rep").asText()).isEqualTo("bob");
        assertThat(bob.get("/api/v1/reports/aging?rep=alice").status()).isEqualTo(403);
        assertThat(bob.get("/api/v1/reports/funnel").status()).isEqualTo(403);
        Api marketing = api.as(tokens.create("web team", Tokens.Role.MARKETING, null, NOW).token());
        assertThat(marketing.get("/api/v1/reports/funnel").status()).isEqualTo(200);
    }

    @Test
    void opportunities_tiers_and_lead_value_answer_for_the_year() {
        JsonNode opportunities = api.get("/api/v1/reports/opportunities?period=2027").body();
        assertThat(opportunities.path("opened").asInt()).isEqualTo(1);
        assertThat(opportunities.path("steps").toString()).contains("\"stage\":\"proposal\"");
        assertThat(opportunities.path("won").path("opportunities").asInt()).isEqualTo(1);
        JsonNode tiers = api.get("/api/v1/reports/customer-tiers?period=2027").body();
        assertThat(tiers.path("customers").get(0).path("company").asText()).isEqualTo("Contoso");
        assertThat(tiers.path("customers").get(0).path("tier").asText()).isEqualTo("A");
        JsonNode top = api.get("/api/v1/reports/customer-tiers?period=2027&limit=1").body();
        assertThat(top.path("customers")).hasSize(1);
        assertThat(top.path("customerCount").asInt()).isEqualTo(1);
        JsonNode value = api.get("/api/v1/reports/lead-value?period=2027-03").body();
        assertThat(value.path("mqlsDelivered").asInt()).isEqualTo(3);
        assertThat(value.path("report").asText()).isEqualTo("lead-value");
    }

    @Test
    void a_bad_parameter_is_a_problem_naming_it() {
        assertProblem("/api/v1/reports/funnel?period=2027-13", "period");
        assertProblem("/api/v1/reports/sources?by=colour", "by");
        assertProblem("/api/v1/reports/funnel?team=east", "team");
        assertProblem("/api/v1/reports/funnel?colour=red", "colour");
        assertProblem("/api/v1/reports/funnel?from=yesterday", "from");
        assertProblem("/api/v1/reports/aging/leads?bucket=old", "bucket");
        assertProblem("/api/v1/reports/lead-value", "period");
        assertProblem("/api/v1/reports/funnel?format=xml", "format");
        assertProblem("/api/v1/reports/customer-tiers?limit=0", "limit");
        assertProblem("/api/v1/reports/funnel?limit=5", "limit");
        assertThat(api.get("/api/v1/reports/funnel?team=east").body().path("detail").asText())
                .contains("no team 'east'", "it has none yet");
    }

    /** The directory after the leads: alice and carol (no leads) in east, bob in west; nobody owns the fourth lead. */
    private void teams() {
        for (String team : new String[] {"east", "west"}) {
            assertThat(api.post("/api/v1/teams", "{\"id\": \"" + team + "\", \"manager\": \"sam\"}").status())
                    .isEqualTo(201);
        }
        for (String[] rep : new String[][] {{"alice", "east"}, {"carol", "east"}, {"bob", "west"}}) {
            Api.Response r = api.post("/api/v1/reps", "{\"id\": \"" + rep[0] + "\", \"team\": \"" + rep[1] + "\"}");
            assertThat(r.status()).as("%s", r.body()).isEqualTo(201);
        }
    }

    private static java.util.Map<String, Integer> stages(JsonNode funnel) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        funnel.path("stages").forEach(s -> counts.put(s.path("stage").asText(), s.path("leads").asInt()));
        return counts;
    }

    @Test
    void a_team_filter_covers_the_leads_whose_owner_is_in_the_team() {
        teams();
        // east is alice's two leads (one won via proposal, one touched once); west is bob's one waiting lead.
        JsonNode east = api.get("/api/v1/reports/funnel?period=2027-03&team=east").body();
        assertThat(stages(east)).containsExactly(java.util.Map.entry("lead", 2), java.util.Map.entry("mql", 2),
                java.util.Map.entry("handed-off", 2), java.util.Map.entry("sal", 1), java.util.Map.entry("opportunity", 1),
                java.util.Map.entry("won", 1), java.util.Map.entry("lost", 0));
        assertThat(east.path("filters").path("team").asText()).isEqualTo("east");
        assertThat(stages(api.get("/api/v1/reports/funnel?period=2027-03&team=EAST").body())).isEqualTo(stages(east));
        assertThat(stages(api.get("/api/v1/reports/funnel?period=2027-03&team=west").body()))
                .containsEntry("lead", 1).containsEntry("handed-off", 1).containsEntry("sal", 0);

        JsonNode sources = api.get("/api/v1/reports/sources?period=2027&team=east").body();
        assertThat(sources.path("total").path("leads").asInt()).isEqualTo(2);
        assertThat(sources.path("total").path("wonValue").asDouble()).isEqualTo(48000.0);
        JsonNode aging = api.get("/api/v1/reports/aging?team=west").body();
        assertThat(aging.path("reps")).singleElement().satisfies(r -> assertThat(r.path("rep").asText()).isEqualTo("bob"));
        JsonNode tiers = api.get("/api/v1/reports/customer-tiers?period=2027&team=west").body();
        assertThat(tiers.path("customerCount").asInt()).isZero();
        assertThat(api.get("/api/v1/reports/customer-tiers?period=2027&team=east").body().path("customers").get(0)
                .path("company").asText()).isEqualTo("Contoso");
    }

    @Test
    void compliance_by_team_adds_up_each_teams_reps() {
        teams();
        JsonNode byRep = api.get("/api/v1/sla/compliance?period=2027-03&by=rep").body();
        JsonNode byTeam = api.get("/api/v1/sla/compliance?period=2027-03&by=team").body();
        java.util.Map<String, String> teamOf = java.util.Map.of("alice", "east", "bob", "west");
        java.util.Map<String, int[]> expected = new java.util.TreeMap<>();
        byRep.path("sales").forEach(line -> {
            int[] sums = expected.computeIfAbsent(teamOf.get(line.path("group").asText()), t -> new int[3]);
            sums[0] += line.path("met").asInt();
            sums[1] += line.path("breached").asInt();
            sums[2] += line.path("open").asInt();
        });
        java.util.Map<String, int[]> actual = new java.util.TreeMap<>();
        byTeam.path("sales").forEach(line -> actual.put(line.path("group").asText(), new int[] {line.path("met").asInt(),
                line.path("breached").asInt(), line.path("open").asInt()}));
        assertThat(actual.keySet()).containsExactly("east", "west");
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual.get("east")[2]).isPositive();
    }

    @Test
    void a_team_the_directory_does_not_have_is_a_problem_listing_the_teams_it_has() {
        teams();
        Api.Response r = api.get("/api/v1/reports/aging?team=north");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("errors").get(0).path("path").asText()).isEqualTo("team");
        assertThat(r.body().path("detail").asText()).isEqualTo("team: no team 'north' in the directory of reps and "
                + "teams (teams: east, west)");
    }

    private void assertProblem(String path, String parameter) {
        Api.Response r = api.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().path("errors").get(0).path("path").asText()).as(path).isEqualTo(parameter);
    }

    @Test
    void the_facts_kept_on_every_append_are_the_facts_a_rebuild_folds_from_the_log() {
        String live = api.get("/api/v1/reports/funnel?period=2027").text();
        assertThat(new LeadStore(db).rebuildProjections()).isEqualTo(4);
        ReportBook rebuilt = new ReportBook(new FactIndex(new LeadStore(db)).load(), Teams.NONE);
        String fromRebuild = ReportOutput.json(rebuilt.run(ReportQuery.parse(ReportQuery.Kind.FUNNEL,
                java.util.Map.of("period", "2027"), Teams.NONE), NOW, MarketingSla.DEFAULT));
        assertThat(fromRebuild).isEqualTo(live);
    }
}
