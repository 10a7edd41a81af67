package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.Tokens;

/** Routing over real HTTP: reps and teams, routing at qualification, queues, scoping and reassignment. */
abstract class RoutingApiContract extends ApiContractBase {

    private String qualifiedLead(String email) {
        String company = email.substring(email.indexOf('@') + 1, email.indexOf('.'));
        String id = api.post("/api/v1/leads", ApiContract.lead(email).replace("Contoso", company)).body().path("lead")
                .asText();
        Api.Response demo = api.post("/api/v1/activities", """
                {"leadId": "%s", "type": "demo-request", "at": "2027-03-13T15:00:00Z"}""".formatted(id));
        assertThat(demo.status()).as("%s", demo.body()).isEqualTo(201);
        return id;
    }

    private void eastTeam() {
        assertThat(api.post("/api/v1/teams", "{\"id\": \"east\", \"name\": \"East\", \"manager\": \"sam\"}").status())
                .isEqualTo(201);
        for (String rep : new String[] {"alice", "bob"}) {
            Api.Response created = api.post("/api/v1/reps", "{\"id\": \"%s\", \"email\": \"%s@example.com\", "
                    .formatted(rep, rep) + "\"team\": \"east\", \"timeZone\": \"America/New_York\"}");
            assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        }
        api.post("/api/v1/reps", "{\"id\": \"sam\", \"team\": \"east\", \"active\": false}");
        api.post("/api/v1/reps", "{\"id\": \"wendy\", \"team\": \"west\"}");
    }

    @Test
    void a_lead_is_routed_the_moment_it_qualifies_and_its_timeline_says_why_this_rep() throws IOException {
        activateExample();
        eastTeam();
        String first = qualifiedLead("marcus@contoso.example");
        JsonNode lead = api.get("/api/v1/leads/" + first).body();
        assertThat(lead.path("stage").asText()).isEqualTo("mql");
        assertThat(lead.path("owner").asText()).isEqualTo("alice");
        assertThat(lead.path("timeline").toString()).contains("owner alice (by leadpact): rule east matched "
                + "(state NY): team east round-robin turn 1, alice; skipped sam (inactive) [v2027.1, routing.rules[east]]");
        String second = qualifiedLead("jo@fabrikam.example");
        assertThat(api.get("/api/v1/leads/" + second).body().path("owner").asText()).isEqualTo("bob");
        String third = qualifiedLead("kim@contoso.example");
        assertThat(api.get("/api/v1/leads/" + third).body().path("timeline").toString())
                .as("owner first: contoso's account is alice's").contains("the account contoso.example belongs to alice");

        Api.Response handedOff = api.post("/api/v1/leads/" + first + "/actions", "{\"type\": \"hand-off\", "
                + "\"rep\": \"alice\"}");
        assertThat(handedOff.body().path("stage").asText()).isEqualTo("handed-off");
        assertThat(handedOff.body().path("timeline").toString().split("owner alice").length - 1).isEqualTo(1);
    }

    @Test
    void a_rep_reads_only_their_own_queue_and_a_manager_reassigns_within_their_team_with_an_audit_entry()
            throws IOException {
        activateExample();
        eastTeam();
        String id = qualifiedLead("marcus@contoso.example");
        Api alice = api.as(tokens.create("alice", Tokens.Role.SALES_REP, "alice", NOW).token());
        Api bob = api.as(tokens.create("bob", Tokens.Role.SALES_REP, "bob", NOW).token());
        Api sam = api.as(tokens.create("sam", Tokens.Role.SALES_MANAGER, "sam", NOW).token());
        Api wes = api.as(tokens.create("wes", Tokens.Role.SALES_MANAGER, "wes", NOW).token());

        JsonNode queue = alice.get("/api/v1/reps/alice/queue").body();
        assertThat(queue.path("leads")).hasSize(1);
        assertThat(queue.path("leads").get(0).path("nextAction").path("clause").asText())
                .isEqualTo("salesSla.firstFollowUp.target");
        assertThat(bob.get("/api/v1/reps/alice/queue").status()).isEqualTo(403);
        assertThat(bob.get("/api/v1/reps/alice").status()).isEqualTo(404);
        assertThat(sam.get("/api/v1/reps/alice/queue").body().path("leads")).hasSize(1);

        // Handed off, the next action is the SLA clock the dashboard's queue counts down, in business time.
        api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\"}");
        JsonNode item = alice.get("/api/v1/reps/alice/queue").body().path("leads").get(0);
        JsonNode followUp = null;
        for (JsonNode c : api.get("/api/v1/leads/" + id + "/clocks").body().path("clocks")) {
            followUp = c.path("kind").asText().equals("first-follow-up") ? c : followUp;
        }
        assertThat(followUp).isNotNull();
        assertThat(item.path("nextAction").path("clause").asText()).isEqualTo("salesSla.firstFollowUp.maximum");
        assertThat(item.path("nextAction").path("due").asText()).isEqualTo(followUp.path("dueAt").asText());
        assertThat(item.path("clocks").findValuesAsText("kind")).contains("first-follow-up");
        assertThat(item.path("clocks").get(0).path("business").asBoolean()).isTrue();
        assertThat(wes.get("/api/v1/leads/" + id).status()).as("another team's lead").isEqualTo(404);
        assertThat(wes.get("/api/v1/leads").body().path("leads")).isEmpty();
        assertThat(sam.get("/api/v1/leads").body().path("leads")).hasSize(1);

        assertThat(bob.post("/api/v1/leads/" + id + "/owner", "{\"rep\": \"bob\"}").status()).isEqualTo(403);
        assertThat(sam.post("/api/v1/leads/" + id + "/owner", "{\"rep\": \"wendy\"}").status())
                .as("wendy is not in sam's team").isEqualTo(400);
        Api.Response moved = sam.post("/api/v1/leads/" + id + "/owner", "{\"rep\": \"bob\", \"reason\": \"leave\"}");
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        assertThat(moved.body().path("owner").asText()).isEqualTo("bob");
        assertThat(moved.body().path("timeline").toString()).contains("reassigned from alice: leave");
        JsonNode audit = api.get("/api/v1/audit").body().path("entries").get(0);
        assertThat(audit.path("action").asText()).isEqualTo("lead.reassign");
        assertThat(audit.path("actor").asText()).isEqualTo("sam");
        assertThat(audit.path("detail").asText()).isEqualTo("from alice to bob: leave");
        assertThat(alice.get("/api/v1/reps/alice/queue").body().path("leads")).isEmpty();
    }

    @Test
    void bad_reps_and_periods_are_refused_with_the_field_that_is_wrong() throws IOException {
        eastTeam();
        Api.Response zone = api.post("/api/v1/reps", "{\"id\": \"zed\", \"timeZone\": \"Mars/Olympus\", "
                + "\"workingHours\": \"Mon-Fri 9-5\"}");
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.contentType()).startsWith("application/problem+json");
        assertThat(zone.body().path("errors").findValuesAsText("path")).containsExactly("timeZone", "workingHours");
        Api.Response away = api.post("/api/v1/reps/alice/away", "{\"from\": \"2027-03-20T00:00:00Z\", "
                + "\"until\": \"2027-03-10T00:00:00Z\"}");
        assertThat(away.status()).isEqualTo(400);
        assertThat(away.body().path("errors").get(0).path("path").asText()).isEqualTo("until");
        Api.Response ok = api.post("/api/v1/reps/alice/away", "{\"from\": \"2027-03-10T00:00:00Z\", "
                + "\"until\": \"2027-03-20T00:00:00Z\", \"note\": \"holiday\"}");
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.body().path("away").get(0).path("note").asText()).isEqualTo("holiday");
        assertThat(api.get("/api/v1/teams/east").body().path("members").toString())
                .isEqualTo("[\"alice\",\"bob\",\"sam\"]");
        assertThat(api.get("/api/v1/teams/nope").status()).isEqualTo(404);
    }

    @Test
    void a_rep_without_hours_of_their_own_follows_up_on_their_teams_berlin_calendar() throws IOException {
        activateExample();
        Api.Response team = api.post("/api/v1/teams", "{\"id\": \"berlin\", \"timeZone\": \"Europe/Berlin\", "
                + "\"workingHours\": \"Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00\", \"holidays\": \"de\"}");
        assertThat(team.status()).as("%s", team.body()).isEqualTo(201);
        assertThat(team.body().path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(team.body().path("workingHours").asText()).isEqualTo("Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00");
        assertThat(team.body().path("holidays").asText()).isEqualTo("DE");
        assertThat(api.post("/api/v1/reps", "{\"id\": \"greta\", \"team\": \"berlin\"}").status()).isEqualTo(201);
        String id = qualifiedLead("marcus@contoso.example");
        Api.Response handedOff = api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", "
                + "\"rep\": \"greta\"}");
        assertThat(handedOff.status()).as("%s", handedOff.body()).isEqualTo(200);
        JsonNode followUp = null;
        for (JsonNode c : api.get("/api/v1/leads/" + id + "/clocks").body().path("clocks")) {
            followUp = c.path("kind").asText().equals("first-follow-up") ? c : followUp;
        }
        assertThat(followUp).isNotNull();
        // Handed off on Saturday 13 March: 24 business hours from Monday 09:00 in Berlin (08:00 UTC), 7 a
        // day on the team's hours: Monday to Wednesday 21h, then Thursday 09:00-12:00. On the agreement's
        // New York hours it would be due at 12:00 New York time (16:00 UTC).
        assertThat(followUp.path("dueAt").asText()).isEqualTo("2027-03-18T11:00:00Z");
        assertThat(followUp.path("explanation").asText()).contains("rep greta",
                "on the team's calendar (Europe/Berlin), teams[berlin].calendar");

        Api.Response own = api.post("/api/v1/reps", "{\"id\": \"greta\", \"timeZone\": \"America/New_York\", "
                + "\"workingHours\": \"Mon-Fri 08:00-16:00\"}");
        assertThat(own.status()).isEqualTo(200);
        JsonNode after = null;
        for (JsonNode c : api.get("/api/v1/leads/" + id + "/clocks").body().path("clocks")) {
            after = c.path("kind").asText().equals("first-follow-up") ? c : after;
        }
        // Her own hours win: 8 a day from Monday 08:00 in New York (after the clocks went forward), all of
        // Monday to Wednesday: due Wednesday 16:00 EDT.
        assertThat(after.path("dueAt").asText()).isEqualTo("2027-03-17T20:00:00Z");
        assertThat(after.path("explanation").asText()).contains("on the rep's own calendar (America/New_York)");
    }

    @Test
    void a_bad_team_calendar_is_refused_with_the_fields_that_are_wrong() {
        Api.Response bad = api.post("/api/v1/teams", "{\"id\": \"mars\", \"timeZone\": \"Mars/Olympus\", "
                + "\"holidays\": \"XX\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().path("errors").findValuesAsText("path")).containsExactly("timeZone", "holidays");
        Api.Response hours = api.post("/api/v1/teams", "{\"id\": \"mars\", \"workingHours\": \"Mon-Fri 9-5\"}");
        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.body().path("errors").findValuesAsText("path")).containsExactly("workingHours");
        assertThat(api.get("/api/v1/teams/mars").status()).as("nothing was saved").isEqualTo(404);
        Api.Response plain = api.post("/api/v1/teams", "{\"id\": \"mars\"}");
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.body().path("timeZone").isNull()).as("no calendar of its own").isTrue();
    }
}
