package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/** leadpact report over leads recorded through the real services, on H2 and on PostgreSQL. */
class ReportCommandIT {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");

    @TempDir
    Path dir;
    String url;

    String databaseUrl(String kind) {
        url = kind.equals("h2") ? TestDatabases.h2(dir.resolve("db")) : TestDatabases.postgresSchema();
        return url;
    }

    @AfterEach
    void drop() {
        if (url != null && url.startsWith("jdbc:postgresql")) {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    /** Two leads in March 2027: one won for 48,000 at Contoso (webinar), one waiting on bob (search). */
    void record(String databaseUrl) throws Exception {
        try (Database db = Database.open(databaseUrl)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            AuditLog audit = new AuditLog(db);
            Agreements agreements = new Agreements(new AgreementStore(db), audit, clock);
            agreements.adopt(Files.readString(Path.of("../examples/agreement.yaml")), "test", true);
            Leads leads = new Leads(new LeadStore(db), new VisitorInbox(db), agreements, audit, clock, Metrics.NONE);
            String won = lead(leads, "marcus@contoso.example", "Contoso", "webinar", "alice");
            Instant t = NOW.minusSeconds(3600);
            leads.act(won, new Command.SetDisposition(t, Disposition.ACCEPTED, "alice", null), "alice");
            leads.act(won, new Command.OpenOpportunity(t, "alice"), "alice");
            leads.act(won, new Command.CloseWon(t.plusSeconds(60), BigDecimal.valueOf(48_000), "alice"), "alice");
            lead(leads, "ann@fabrikam.example", "Fabrikam", "search", "bob");
        }
    }

    private static String lead(Leads leads, String email, String company, String source, String rep) {
        Map<String, String> a = new HashMap<>(Map.of("firstName", "Ann", "lastName", "Lee", "email", email,
                "company", company, "title", "VP Marketing", "phone", "+1 212 555 0123", "city", "New York", "state", "NY"));
        a.putAll(Map.of("country", "US", "website", company.toLowerCase() + ".example", "employees", "1200",
                "industry", "Retail", "source", source));
        String id = leads.upsert(null, a, Instant.parse("2027-03-01T10:00:00Z"), null, "import").leadId();
        leads.record(new Leads.LeadRef(id, null, null, null), Activity.of(ActivityType.DEMO_REQUEST,
                Instant.parse("2027-03-02T10:00:00Z")), null, "web");
        leads.act(id, new Command.HandOff(Instant.parse("2027-03-02T11:00:00Z"), rep, "router", null), "router");
        return id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void the_funnel_prints_as_a_table_with_its_definitions_and_as_json(String kind) throws Exception {
        String db = databaseUrl(kind);
        record(db);
        CliRun table = CliRun.of("report", "funnel", "--period", "2027-03", "--db", db);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("funnel\n").contains("stage        leads").contains("handed-off       2")
                .contains("won              1").contains("Definitions\n");
        CliRun json = CliRun.of("report", "funnel", "--from", "2027-03-01", "--to", "2027-03-31", "--format", "json",
                "--db", db);
        JsonNode funnel = new ObjectMapper().readTree(json.out());
        assertThat(funnel.path("stages").get(1).path("leads").asInt()).isEqualTo(2);
        assertThat(funnel.path("period").path("label").asText()).isEqualTo("2027-03-01..2027-03-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void sources_tiers_and_aging_print_as_csv(String kind) throws Exception {
        String db = databaseUrl(kind);
        record(db);
        CliRun sources = CliRun.of("report", "sources", "--period", "2027", "--by", "source", "--format", "csv",
                "--db", db);
        assertThat(sources.out()).contains("webinar,1,1,1.0,").contains("search,1,0,0.0,");
        CliRun tiers = CliRun.of("report", "tiers", "--period", "2027", "--format", "csv", "--db", db);
        assertThat(tiers.out()).contains("1,Contoso,48000,1,1.0,1.0,A");
        CliRun aging = CliRun.of("report", "aging-leads", "--rep", "bob", "--bucket", "no-activity", "--at",
                NOW.toString(), "--format", "csv", "--db", db);
        assertThat(aging.out()).contains("bob,handed-off,no-activity,,,2027-03-02T11:00:00Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void a_bad_period_or_report_name_is_the_users_to_fix(String kind) {
        String db = databaseUrl(kind);
        CliRun bad = CliRun.of("report", "funnel", "--period", "2027-Q5", "--db", db);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("leadpact: period: '2027-Q5' is not a period");
        CliRun unknown = CliRun.of("report", "pipeline", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no report 'pipeline'");
        CliRun team = CliRun.of("report", "funnel", "--team", "east", "--db", db);
        assertThat(team.exitCode()).isEqualTo(2);
        assertThat(team.err()).contains("team: no team 'east' in the directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void the_team_filter_takes_the_reps_teams_from_the_directory(String kind) throws Exception {
        String db = databaseUrl(kind);
        record(db);
        assertThat(CliRun.of("rep", "add", "alice", "--team", "east", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("rep", "add", "bob", "--team", "west", "--db", db).exitCode()).isZero();
        // east: alice's lead, accepted, opened and won; west: bob's lead, handed off and waiting.
        assertThat(funnel(db, "east")).isEqualTo("{lead=1, mql=1, handed-off=1, sal=1, opportunity=1, won=1, lost=0}");
        assertThat(funnel(db, "west")).isEqualTo("{lead=1, mql=1, handed-off=1, sal=0, opportunity=0, won=0, lost=0}");
        CliRun sources = CliRun.of("report", "sources", "--period", "2027", "--team", "west", "--format", "csv", "--db", db);
        assertThat(sources.out()).contains("search,1,0,0.0,").doesNotContain("webinar");
        CliRun unknown = CliRun.of("report", "funnel", "--team", "north", "--db", db);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no team 'north' in the directory of reps and teams (teams: east, west)");
    }

    private static String funnel(String db, String team) throws Exception {
        CliRun run = CliRun.of("report", "funnel", "--period", "2027-03", "--team", team, "--format", "json", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Integer> stages = new java.util.LinkedHashMap<>();
        new ObjectMapper().readTree(run.out()).path("stages").forEach(s -> stages.put(s.path("stage").asText(),
                s.path("leads").asInt()));
        return stages.toString();
    }
}
