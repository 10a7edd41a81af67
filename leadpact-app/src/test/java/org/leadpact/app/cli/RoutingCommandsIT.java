package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.service.RoutingDesk;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.LogScan;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

class RoutingCommandsIT {
    private static final Instant AT = Instant.parse("2027-03-13T15:00:00Z");

    private static Map<String, String> lead(int i) {
        Map<String, String> a = new java.util.HashMap<>(Map.of("firstName", "P" + i, "lastName", "Lee", "email",
                "p@firm" + i + ".example", "company", "Firm " + i, "title", "VP Marketing", "phone", "+1 212 555 0100",
                "city", "New York", "state", "NY", "country", "US"));
        a.putAll(Map.of("employees", "1200", "industry", "Retail", "website", "firm" + i + ".example"));
        return a;
    }

    @Test
    void reps_and_teams_are_managed_from_the_command_line_and_a_bad_csv_row_is_named_by_its_line(@TempDir Path dir)
            throws IOException {
        String db = TestDatabases.h2(dir.resolve("db"));
        CliRun added = CliRun.of("rep", "add", "alice", "--db", db, "--name", "Alice Moreau", "--email",
                "alice@example.com", "--team", "east", "--time-zone", "America/New_York", "--hours", "Mon-Fri 09:00-17:00");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("alice").contains("Mon-Fri 09:00-17:00").contains("America/New_York");
        CliRun bad = CliRun.of("rep", "add", "zed", "--db", db, "--time-zone", "Mars/Olympus");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--time-zone: 'Mars/Olympus' is not a time zone");
        assertThat(CliRun.of("rep", "set", "alice", "--db", db, "--active", "false").out()).contains("inactive");
        assertThat(CliRun.of("rep", "away", "alice", "--db", db, "--from", "2027-03-20", "--until", "2027-03-27",
                "--note", "holiday").out()).contains("away [2027-03-20T00:00:00Z–2027-03-27T00:00:00Z]");
        assertThat(CliRun.of("team", "set", "east", "--db", db, "--manager", "sam").out()).contains("manager sam")
                .contains("[alice]");

        Path csv = dir.resolve("reps.csv");
        Files.writeString(csv, "id,name,email,team,timeZone,workingHours,active\n"
                + "bob,Bob Ng,bob@example.com,east,America/Chicago,Mon-Fri 08:00-16:00,true\n"
                + "carl,Carl,carl@example.com,east,Moon/Base,,true\n"
                + "dee,Dee,,west,,,maybe\n");
        CliRun imported = CliRun.of("rep", "import", csv.toString(), "--db", db);
        assertThat(imported.exitCode()).isEqualTo(ImportCommand.ROWS_REJECTED);
        assertThat(imported.out()).contains("1 rep(s) saved, 2 row(s) rejected");
        assertThat(imported.err()).contains("reps.csv:3: timeZone: 'Moon/Base' is not a time zone")
                .contains("reps.csv:4: active: 'maybe' is not true or false");
        CliRun list = CliRun.of("rep", "list", "--db", db, "--json");
        assertThat(list.out()).contains("\"id\" : \"bob\"").contains("\"workingHours\" : \"Mon-Fri 08:00-16:00\"");
        assertThat(CliRun.of("team", "list", "--db", db).out()).contains("[alice, bob]");

        CliRun calendar = CliRun.of("team", "set", "east", "--db", db, "--time-zone", "Europe/Berlin", "--hours",
                "Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00", "--holidays", "de");
        assertThat(calendar.exitCode()).as(calendar.err()).isZero();
        assertThat(calendar.out()).contains("manager sam", "calendar Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00 "
                + "Europe/Berlin, holidays DE");
        CliRun badTeam = CliRun.of("team", "set", "east", "--db", db, "--time-zone", "Mars/Olympus", "--holidays", "XX");
        assertThat(badTeam.exitCode()).isEqualTo(2);
        assertThat(badTeam.err()).contains("--time-zone: 'Mars/Olympus' is not a time zone", "--holidays: no public "
                + "holidays are known for country 'XX'");
        assertThat(CliRun.of("team", "list", "--db", db).out()).as("the bad change saved nothing")
                .contains("Europe/Berlin, holidays DE");
    }

    @Test
    void a_dry_run_replays_the_period_under_a_proposed_routing_and_the_queue_lists_the_reps_leads(@TempDir Path dir)
            throws IOException {
        String url = TestDatabases.h2(dir.resolve("db"));
        try (Database db = Database.open(url)) {
            Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
            DirectoryStore directory = new DirectoryStore(db);
            for (String rep : new String[] {"alice", "bob"}) {
                CliRun.of("rep", "add", rep, "--db", url, "--team", "east");
            }
            Agreements agreements = new Agreements(new AgreementStore(db), new AuditLog(db), clock);
            agreements.adopt(Files.readString(Path.of("../examples/agreement.yaml")), "test", true);
            Leads leads = new Leads(new LeadStore(db), new VisitorInbox(db), agreements, new AuditLog(db), clock,
                    Metrics.NONE, new RoutingDesk(directory, new LogScan(db), agreements));
            for (int i = 0; i < 4; i++) {
                String id = leads.upsert(null, lead(i), AT, null, "test").leadId();
                assertThat(leads.record(new Leads.LeadRef(id, null, null, null),
                        Activity.of(ActivityType.DEMO_REQUEST, AT.plusSeconds(i)), null, "test").state().owner())
                        .isEqualTo(i % 2 == 0 ? "alice" : "bob");
            }
        }
        CliRun queue = CliRun.of("queue", "alice", "--db", url, "--at", "2027-03-13T16:00:00Z");
        assertThat(queue.exitCode()).as(queue.err()).isZero();
        assertThat(queue.out()).contains("Queue of alice at 2027-03-13T16:00:00Z: 2 open lead(s)")
                .contains("first follow-up (hand-off under way) due 2027-03-13T15:05:00Z OVERDUE");

        Path proposed = dir.resolve("proposed.yaml");
        Files.writeString(proposed, Files.readString(Path.of("../examples/agreement.yaml")).replace("routing:\n",
                "routing:\n  teams:\n    east:\n      mode: weighted\n      weights:\n        alice: 3\n"));
        CliRun now = CliRun.of("route", "--dry-run", "--from", "2027-03-13", "--to", "2027-03-13", "--db", url);
        assertThat(now.exitCode()).as(now.err()).isZero();
        assertThat(now.out()).contains("4 qualified lead(s), 4 routed, 0 not routed")
                .containsPattern("east +alice +2 +50.0% +50.0% +\\+0.0");
        CliRun weighted = CliRun.of("route", "--dry-run", "--from", "2027-03-13", "--to", "2027-03-13", "--db", url,
                "--agreement", proposed.toString(), "--json");
        assertThat(weighted.exitCode()).as(weighted.err()).isZero();
        assertThat(weighted.out()).contains("\"rep\" : \"alice\",\n    \"leads\" : 3").contains("\"weightShare\" : 75.0")
                .contains("\"maxDeviation\" : 0.0");
        assertThat(CliRun.of("route", "--dry-run", "--from", "2027-03-13", "--to", "2027-03-01", "--db", url).err())
                .contains("--to 2027-03-01 is before --from 2027-03-13");
    }
}
