package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;

/** The HTTP API over real HTTP, on a fresh database; run on H2 and on PostgreSQL. */
abstract class ApiContract extends ApiContractBase {
    static String lead(String email) {
        return """
                {"attributes": {"firstName": "Marcus", "lastName": "Lee", "email": "%s", "company": "Contoso",
                 "title": "VP Marketing", "phone": "+1 212 555 0123", "city": "New York", "state": "NY",
                 "country": "US", "website": "contoso.example", "employees": 1200, "industry": "Retail"}}
                """.formatted(email);
    }

    @Test
    void an_agreement_is_uploaded_signed_and_activated_and_an_unsigned_one_is_refused() throws IOException {
        Api.Response bad = api.post("/api/v1/agreements", "agreement:\n  name: x\nscoring:\n  thresold: 5\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().path("errors").toString()).contains("\"path\":\"scoring.thresold\"").contains("\"line\":4");

        Api.Response proposed = api.post("/api/v1/agreements",
                Files.readString(Path.of("../examples/agreement-proposed.yaml")));
        assertThat(proposed.status()).isEqualTo(201);
        Api.Response refused = api.post("/api/v1/agreements/2027.2/activation", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("rule").asText()).isEqualTo("signatures");
        assertThat(refused.body().path("detail").asText()).contains("not signed by sales");

        Api.Response signed = api.post("/api/v1/agreements/2027.2/signatures",
                "{\"side\": \"sales\", \"name\": \"Sam Okafor\", \"role\": \"VP Sales\"}");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body().path("signatures").path("sales").path("signedAt").asText()).isEqualTo(NOW.toString());
        assertThat(api.post("/api/v1/agreements/2027.2/activation", "").body().path("active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/agreements").body().path("active").asText()).isEqualTo("2027.2");
        assertThat(api.post("/api/v1/agreements", Files.readString(Path.of("../examples/agreement-proposed.yaml")))
                .status()).as("a version never changes once uploaded").isEqualTo(409);
        assertThat(api.get("/api/v1/agreements/9.9").status()).isEqualTo(404);
    }

    @Test
    void a_second_create_for_the_same_person_merges_instead_of_duplicating() throws IOException {
        activateExample();
        Api.Response first = api.post("/api/v1/leads", lead("Marcus.Lee@contoso.example"));
        assertThat(first.status()).isEqualTo(201);
        String id = first.body().path("lead").asText();
        Api.Response second = api.post("/api/v1/leads",
                "{\"attributes\": {\"email\": \"MARCUS.LEE@CONTOSO.EXAMPLE\", \"title\": \"CMO\"}}");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("lead").asText()).isEqualTo(id);
        assertThat(api.get("/api/v1/leads").body().path("leads")).hasSize(1);
        assertThat(api.get("/api/v1/leads/" + id).body().path("timeline")).hasSize(2);
        api.post("/api/v1/leads", lead("someone@fabrikam.example").replace("Contoso", "Fabrikam"));
        JsonNode found = api.get("/api/v1/leads?q=FABRIKAM").body().path("leads");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("email").asText()).isEqualTo("someone@fabrikam.example");
        assertThat(api.get("/api/v1/leads?limit=1&offset=1").body().path("leads")).hasSize(1);
        assertThat(api.get("/api/v1/leads?stage=won").body().path("leads")).isEmpty();
    }

    @Test
    void a_demo_request_qualifies_the_lead_and_sales_takes_it_to_won() throws IOException {
        activateExample();
        String id = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        Api.Response demo = api.post("/api/v1/activities", """
                {"leadId": "%s", "type": "demo-request", "at": "2027-03-13T15:00:00Z", "eventId": "web-1"}
                """.formatted(id));
        assertThat(demo.status()).isEqualTo(201);
        assertThat(demo.body().path("stage").asText()).isEqualTo("mql");

        Api.Response early = api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"close-won\", \"amount\": 5}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().path("rule").asText()).isEqualTo("lifecycle.win");

        for (String action : new String[] {
            "{\"type\": \"hand-off\", \"rep\": \"alice\"}",
            "{\"type\": \"sales-call\", \"outcome\": \"connected\"}",
            "{\"type\": \"disposition\", \"disposition\": \"accepted\"}",
            "{\"type\": \"disposition\", \"disposition\": \"opportunity\"}",
            "{\"type\": \"opportunity-stage\", \"stage\": \"proposal\"}",
            "{\"type\": \"close-won\", \"amount\": 48000}"}) {
            Api.Response r = api.post("/api/v1/leads/" + id + "/actions", action);
            assertThat(r.status()).as("%s → %s", action, r.body()).isEqualTo(200);
        }
        JsonNode won = api.get("/api/v1/leads/" + id).body();
        assertThat(won.path("stage").asText()).isEqualTo("won");
        assertThat(won.path("owner").asText()).isEqualTo("alice");
        assertThat(won.path("timeline").toString()).contains("stage opportunity → won");
        assertThat(api.get("/api/v1/leads?stage=won").body().path("leads")).hasSize(1);
    }

    @Test
    void a_handed_off_lead_shows_its_sla_clocks_with_clause_and_explanation() throws IOException {
        activateExample();
        String id = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        api.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}");
        api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\"}");
        JsonNode clocks = api.get("/api/v1/leads/" + id + "/clocks").body();
        assertThat(clocks.path("agreementVersion").asText()).isEqualTo("2027.1");
        JsonNode followUp = null;
        for (JsonNode c : clocks.path("clocks")) {
            followUp = c.path("kind").asText().equals("first-follow-up") ? c : followUp;
        }
        assertThat(followUp).isNotNull();
        assertThat(followUp.path("status").asText()).isEqualTo("running");
        assertThat(followUp.path("clause").asText()).isEqualTo("salesSla.firstFollowUp.maximum");
        // Handed off on Saturday: the 24 business hours start Monday 15 March, 09:00 in New York (after the
        // clocks went forward), 7 hours a day: due Thursday 12:00 EDT.
        assertThat(followUp.path("dueAt").asText()).isEqualTo("2027-03-18T16:00:00Z");
        assertThat(followUp.path("explanation").asText()).contains("rep alice", "within 24 business hours");
        assertThat(api.get("/api/v1/sla/escalations?lead=" + id).body().path("escalations")).isEmpty();

        JsonNode march = api.get("/api/v1/sla/compliance?period=2027-03&by=rep").body();
        assertThat(march.path("sales").get(0).path("group").asText()).isEqualTo("alice");
        assertThat(march.path("sales").get(0).path("open").asInt()).isEqualTo(3);
        assertThat(march.path("marketing").path("delivered").asInt()).isEqualTo(1);
        assertThat(march.path("scoreboard").path("marketing").path("deliveredWithinTargetShare").asDouble()).isEqualTo(1.0);
        assertThat(march.path("definitions").path("metShare").asText()).startsWith("met ÷ (met + breached)");
        Api.Response bad = api.get("/api/v1/sla/compliance?period=March");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").toString()).contains("period");

        Api.Response vague = api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"sales-call\", "
                + "\"outcome\": \"call-back some day\"}");
        assertThat(vague.status()).isEqualTo(400);
        api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"sales-call\", \"outcome\": \"call-back 2027-03-22\"}");
        JsonNode after = api.get("/api/v1/leads/" + id + "/clocks").body();
        java.util.Map<String, String> statuses = new java.util.HashMap<>();
        after.path("clocks").forEach(c -> statuses.put(c.path("kind").asText(), c.path("status").asText()));
        assertThat(statuses).containsEntry("first-follow-up", "met").containsEntry("status-update", "paused")
                .containsEntry("touch-cadence", "paused");
    }

    @Test
    void a_redelivered_event_and_a_retried_request_change_nothing() throws IOException {
        activateExample();
        String id = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        String click = "{\"email\": \"marcus@contoso.example\", \"type\": \"email-click\", "
                + "\"at\": \"2027-03-13T15:00:00Z\", \"eventId\": \"esp-77\"}";
        assertThat(api.post("/api/v1/activities", click).body().path("status").asText()).isEqualTo("recorded");
        assertThat(api.post("/api/v1/activities", click).body().path("status").asText()).isEqualTo("duplicate");

        String handOff = "{\"type\": \"hand-off\", \"rep\": \"alice\"}";
        api.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", \"at\": \"2027-03-13T15:01:00Z\"}");
        Api.Response once = api.post("/api/v1/leads/" + id + "/actions", handOff, "Idempotency-Key", "k-1");
        Api.Response again = api.post("/api/v1/leads/" + id + "/actions", handOff, "Idempotency-Key", "k-1");
        assertThat(once.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(once.body());
        assertThat(api.get("/api/v1/leads/" + id).body().path("timeline").toString().split("hand-off by").length - 1)
                .isEqualTo(1);
        Api.Response reused = api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"disqualify\"}",
                "Idempotency-Key", "k-1");
        assertThat(reused.status()).isEqualTo(422);
    }

    @Test
    void an_anonymous_visitors_activity_joins_the_lead_when_they_identify() throws IOException {
        activateExample();
        Api.Response held = api.post("/api/v1/activities", """
                {"activities": [
                  {"visitorId": "cookie-9", "type": "page-view", "at": "2027-03-10T10:00:00Z", "url": "https://acme.example/pricing", "durationSeconds": 120},
                  {"visitorId": "cookie-9", "type": "page-view", "at": "2027-03-11T10:00:00Z", "url": "https://acme.example/product/x", "durationSeconds": 60}
                ]}""");
        assertThat(held.body().path("results").findValuesAsText("status")).containsExactly("held", "held");
        String body = "{\"visitorId\": \"cookie-9\", " + lead("marcus@contoso.example").strip().substring(1);
        JsonNode lead = api.post("/api/v1/leads", body).body();
        assertThat(lead.path("timeline").toString()).contains("https://acme.example/pricing");
        assertThat(lead.path("score").path("contributions").toString()).contains("critical-pages");
        Api.Response later = api.post("/api/v1/activities", "{\"visitorId\": \"cookie-9\", \"type\": \"email-open\", "
                + "\"at\": \"2027-03-13T11:00:00Z\"}");
        assertThat(later.body().path("leadId").asText()).isEqualTo(lead.path("lead").asText());
    }

    @Test
    void bad_requests_get_problem_json_with_field_paths() throws IOException {
        activateExample();
        Api.Response malformed = api.post("/api/v1/leads", "{\"attributes\": {");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("title").asText()).isEqualTo("Malformed JSON");
        Api.Response wrongType = api.post("/api/v1/activities", "{\"email\": \"a@b.example\", \"type\": \"page-view\", "
                + "\"at\": \"2027-03-13T11:00:00Z\", \"durationSeconds\": \"long\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().path("errors").get(0).path("path").asText()).isEqualTo("durationSeconds");
        assertThat(api.get("/api/v1/leads/nobody").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/leads/nobody").contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/leads/nobody").body().path("detail").asText()).isEqualTo("no lead nobody");
        assertThat(api.post("/api/v1/leads/nobody/actions", "{\"type\": \"disqualify\"}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/leads?limit=0").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/leads", "{\"attributes\": {\"firstName\": \"No\"}}").status()).isEqualTo(400);
        Api.Response batch = api.post("/api/v1/activities", """
                {"activities": [
                  {"email": "marcus@contoso.example", "type": "email-open", "at": "2027-03-13T11:00:00Z"},
                  {"email": "marcus@contoso.example", "type": "page-veiw", "at": "2027-03-13T11:00:00Z"}
                ]}""");
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.body().path("results").get(1).path("status").asText()).isEqualTo("invalid");
        assertThat(batch.body().path("results").get(1).path("errors").get(0).path("path").asText())
                .isEqualTo("activities[1].type");
        assertThat(batch.body().path("results").get(0).path("status").asText()).isEqualTo("unknown-lead");
        assertThat(api.get("/nowhere").status()).isEqualTo(404);
    }

    @Test
    void every_api_call_needs_a_valid_token() {
        Api.Response none = api.as(null).get("/api/v1/leads");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.as("lp_forged").get("/api/v1/leads").status()).isEqualTo(401);
        Tokens.Created revoked = tokens.create("gone", Tokens.Role.ADMIN, null, NOW);
        tokens.revoke(revoked.holder().id(), NOW);
        assertThat(api.as(revoked.token()).get("/api/v1/leads").status()).isEqualTo(401);
        assertThat(api.as(null).get("/healthz").status()).as("health needs no token").isEqualTo(200);
    }

    @Test
    void tokens_are_stored_only_as_hashes() {
        String token = tokens.create("secret keeper", Tokens.Role.MARKETING, null, NOW).token();
        int plain = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = :t")
                .bind("t", token).mapTo(Integer.class).one());
        assertThat(plain).isZero();
        assertThat(api.as(token).get("/api/v1/leads").status()).isEqualTo(200);
    }

    @Test
    void roles_limit_what_a_caller_may_do_and_a_rep_sees_only_their_own_leads() throws IOException {
        activateExample();
        Api marketing = api.as(tokens.create("web team", Tokens.Role.MARKETING, null, NOW).token());
        Api alice = api.as(tokens.create("alice", Tokens.Role.SALES_REP, "alice", NOW).token());
        Api bob = api.as(tokens.create("bob", Tokens.Role.SALES_REP, "bob", NOW).token());
        String id = marketing.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        marketing.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}");
        assertThat(marketing.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"disposition\", "
                + "\"disposition\": \"accepted\"}").status()).as("marketing cannot set a disposition").isEqualTo(403);
        assertThat(marketing.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\"}")
                .status()).isEqualTo(200);
        assertThat(alice.get("/api/v1/leads/" + id).status()).isEqualTo(200);
        Api.Response hidden = bob.get("/api/v1/leads/" + id);
        assertThat(hidden.status()).as("another rep's lead does not exist for bob").isEqualTo(404);
        assertThat(bob.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"disposition\", "
                + "\"disposition\": \"trash\"}").status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/leads").body().path("leads")).isEmpty();
        assertThat(alice.get("/api/v1/leads").body().path("leads")).hasSize(1);
        Api.Response accepted = alice.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"disposition\", "
                + "\"disposition\": \"accepted\"}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().path("timeline").toString()).contains("accept by alice");
        assertThat(alice.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"email-open\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}").status()).isEqualTo(403);
        assertThat(alice.get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void agreement_uploads_signatures_and_activations_go_to_the_audit_log() throws IOException {
        activateExample();
        Api manager = api.as(tokens.create("sam", Tokens.Role.SALES_MANAGER, null, NOW).token());
        api.post("/api/v1/agreements", Files.readString(Path.of("../examples/agreement-proposed.yaml")));
        assertThat(manager.post("/api/v1/agreements/2027.2/signatures",
                "{\"side\": \"marketing\", \"name\": \"Sam\", \"role\": \"VP Sales\"}").status())
                .as("sales cannot sign for marketing").isEqualTo(403);
        manager.post("/api/v1/agreements/2027.2/signatures",
                "{\"side\": \"sales\", \"name\": \"Sam Okafor\", \"role\": \"VP Sales\"}");
        JsonNode entries = api.get("/api/v1/audit").body().path("entries");
        assertThat(entries.findValuesAsText("action")).containsExactly("agreement.sign", "agreement.upload",
                "agreement.activate", "agreement.upload");
        assertThat(entries.get(0).path("actor").asText()).isEqualTo("sam");
    }

    @Test
    void erasing_a_lead_leaves_no_personal_field_in_any_table_and_keeps_the_counts() throws Exception {
        activateExample();
        String personal = """
                {"visitorId": "cookie-zq", "attributes": {"firstName": "Qwyzzle", "lastName": "Vandermoot",
                 "email": "qwyzzle.vandermoot@contoso.example", "company": "Contoso", "title": "VP Marketing",
                 "phone": "+1 212 555 0987", "city": "Xanaduville", "state": "NY", "country": "US",
                 "website": "contoso.example", "employees": 1200, "industry": "Retail"}}""";
        api.post("/api/v1/activities", "{\"visitorId\": \"cookie-zq\", \"type\": \"page-view\", "
                + "\"at\": \"2027-03-12T10:00:00Z\", \"url\": \"https://acme.example/p?email=qwyzzle@x.example\"}");
        String id = api.post("/api/v1/leads", personal, "Idempotency-Key", "create-qwyzzle").body().path("lead").asText();
        api.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}");
        api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\", "
                + "\"why\": \"Qwyzzle asked for Alice\"}");
        assertThat(PersonalData.foundIn(db, "Qwyzzle", "Vandermoot", "555 0987", "Xanaduville")).isNotEmpty();

        assertThat(api.delete("/api/v1/leads/" + id).status()).as("erase must be explicit").isEqualTo(400);
        assertThat(api.delete("/api/v1/leads/" + id + "?erase=true").status()).isEqualTo(204);

        assertThat(PersonalData.foundIn(db, "Qwyzzle", "qwyzzle", "Vandermoot", "555 0987", "Xanaduville")).isEmpty();
        JsonNode after = api.get("/api/v1/leads/" + id).body();
        assertThat(after.path("stage").asText()).isEqualTo("handed-off");
        assertThat(api.get("/api/v1/leads?stage=handed-off").body().path("leads")).hasSize(1);
        assertThat(api.get("/api/v1/audit").body().path("entries").get(0).path("action").asText())
                .isEqualTo("lead.erase");
    }

    @Test
    void a_batch_over_the_limit_is_refused_whole_and_names_the_limit() {
        String items = String.join(",", java.util.Collections.nCopies(ActivityRoutes.MAX_BATCH + 1, "{}"));
        Api.Response r = api.post("/api/v1/activities", "{\"activities\": [" + items + "]}");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body().path("title").asText()).isEqualTo("Batch too large");
        assertThat(r.body().path("detail").asText()).contains("send at most " + ActivityRoutes.MAX_BATCH);
    }

    @Test
    void a_body_over_the_limit_is_refused_whether_its_length_is_announced_or_not() {
        byte[] body = new byte[(int) ApiServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        Api.Response announced = api.post("/api/v1/activities", java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.body().path("title").asText()).isEqualTo("Body too large");
        Api.Response chunked = api.post("/api/v1/activities", java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body)));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body().path("title").asText()).isEqualTo("Body too large");
    }

    @Test
    void an_action_is_taken_by_the_tokens_holder_and_nobody_acts_in_someone_elses_name() throws IOException {
        activateExample();
        String id = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        api.post("/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}");
        Api dana = api.as(tokens.create("dana.reyes", Tokens.Role.MARKETING, null, NOW).token());
        Api.Response impersonating = dana.post("/api/v1/leads/" + id + "/actions",
                "{\"type\": \"hand-off\", \"rep\": \"alice\", \"actor\": \"sam\"}");
        assertThat(impersonating.status()).isEqualTo(400);
        assertThat(impersonating.body().path("errors").get(0).path("path").asText()).isEqualTo("actor");
        Api.Response handOff = dana.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\"}");
        assertThat(handOff.status()).isEqualTo(200);
        assertThat(handOff.body().path("timeline").toString()).contains("hand-off by dana.reyes");
    }

    @Test
    void metrics_count_requests_by_route_events_by_type_ingest_lag_and_open_leads_by_stage() throws IOException {
        activateExample();
        String id = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        String hourAgo = NOW.minusSeconds(3600).toString();
        for (String type : new String[] {"email-open", "email-click", "demo-request"}) {
            Api.Response r = api.post("/api/v1/activities", "{\"leadId\": \"%s\", \"type\": \"%s\", \"at\": \"%s\"}"
                    .formatted(id, type, hourAgo));
            assertThat(r.status()).isEqualTo(201);
        }
        assertThat(api.get("/api/v1/leads/" + id).body().path("stage").asText()).isEqualTo("mql");

        Api.Response scrape = api.get("/metrics");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        String metrics = scrape.text();
        assertThat(sample(metrics, "leadpact_events_appended_total{type=\"activity-recorded\"}")).isEqualTo(3);
        assertThat(sample(metrics, "leadpact_events_appended_total{type=\"stage-changed\"}")).isEqualTo(1);
        assertThat(sample(metrics, "leadpact_events_appended_total{type=\"owner-assigned\"}")).isZero();
        assertThat(sample(metrics, "leadpact_ingest_lag_seconds_count{type=\"demo-request\"}")).isEqualTo(1);
        assertThat(sample(metrics, "leadpact_ingest_lag_seconds_sum{type=\"email-open\"}")).isEqualTo(3600);
        assertThat(sample(metrics, "leadpact_ingest_lag_seconds_bucket{type=\"email-open\",le=\"3600.0\"}")).isEqualTo(1);
        assertThat(sample(metrics, "leadpact_open_leads{stage=\"mql\"}")).isEqualTo(1);
        assertThat(sample(metrics, "leadpact_open_leads{stage=\"new\"}")).isZero();
        assertThat(sample(metrics, "leadpact_http_server_requests_seconds_count{method=\"POST\","
                + "route=\"/api/v1/activities\",status=\"201\"}")).isEqualTo(3);
        assertThat(sample(metrics, "leadpact_http_server_requests_seconds_count{method=\"GET\","
                + "route=\"/api/v1/leads/{id}\",status=\"200\"}")).isEqualTo(1);
        assertThat(metrics).as("route templates, never raw paths").doesNotContain(id)
                .contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ");
    }

    /** The value of one series in a Prometheus text scrape. */
    static double sample(String scrape, String series) {
        return scrape.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .orElseThrow(() -> new AssertionError("no series " + series + " in\n" + scrape));
    }

    @Test
    void a_batch_applies_each_leads_items_in_order_and_reports_each_item() throws IOException {
        activateExample();
        String marcus = api.post("/api/v1/leads", lead("marcus@contoso.example")).body().path("lead").asText();
        String dana = api.post("/api/v1/leads", lead("dana@contoso.example")).body().path("lead").asText();
        Api.Response batch = api.post("/api/v1/activities", """
                {"activities": [
                  {"leadId": "%s", "type": "email-open", "at": "2027-03-13T10:00:00Z", "eventId": "b-1"},
                  {"email": "DANA@contoso.example", "type": "page-view", "at": "2027-03-13T10:01:00Z", "eventId": "b-2",
                   "url": "https://acme.example/pricing", "durationSeconds": 60},
                  {"leadId": "%s", "type": "demo-request", "at": "2027-03-13T10:02:00Z", "eventId": "b-3"},
                  {"leadId": "%s", "type": "email-open", "at": "2027-03-13T10:03:00Z", "eventId": "b-1"},
                  {"leadId": "nobody", "type": "email-open", "at": "2027-03-13T10:04:00Z", "eventId": "b-4"},
                  {"leadId": "%s", "type": "email-click", "at": "2027-03-13T10:05:00Z", "eventId": "b-5"}
                ]}""".formatted(marcus, marcus, dana, marcus));
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.body().path("received").asInt()).isEqualTo(6);
        assertThat(batch.body().path("recorded").asInt()).isEqualTo(4);
        JsonNode results = batch.body().path("results");
        assertThat(results.findValuesAsText("status"))
                .containsExactly("recorded", "recorded", "recorded", "duplicate", "unknown-lead", "recorded");
        assertThat(results.findValuesAsText("index")).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(results.get(0).path("stage").asText()).isEqualTo("new");
        assertThat(results.get(2).path("stage").asText()).as("the demo request qualifies Marcus").isEqualTo("mql");
        assertThat(results.get(5).path("stage").asText()).as("later items see the earlier ones").isEqualTo("mql");
        assertThat(results.get(1).path("leadId").asText()).isEqualTo(dana);
        assertThat(api.get("/api/v1/leads/" + marcus).body().path("timeline").toString())
                .containsSubsequence("email-open", "demo-request", "stage new → mql", "email-click");

        Api.Response again = api.post("/api/v1/activities", "{\"activities\": [{\"leadId\": \"" + dana
                + "\", \"type\": \"email-open\", \"at\": \"2027-03-13T11:00:00Z\", \"eventId\": \"b-2\"}]}");
        assertThat(again.body().path("results").get(0).path("status").asText()).isEqualTo("duplicate");
        assertThat(again.body().path("recorded").asInt()).isZero();
    }

    @Test
    void concurrent_batches_for_the_same_leads_record_every_event_once_and_in_order() throws Exception {
        activateExample();
        List<String> leads = newLeads(6, "c");
        sendConcurrently(4, 5, 60, leads, "c", (client, batch) -> api);
        assertEveryEventOnceWithoutGaps(4 * 5 * 60);
    }

    @Test
    void two_servers_on_one_database_ingesting_the_same_leads_record_every_event_once_and_in_order() throws Exception {
        activateExample();
        List<String> leads = newLeads(5, "t");
        try (Database shared = Database.open(db.url())) {
            ApiServer second = new ApiServer(shared, Clock.fixed(NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
            try {
                String token = tokens.create("second server", Tokens.Role.ADMIN, null, NOW).token();
                List<Api> servers = List.of(Api.on(server.port(), token), Api.on(second.port(), token));
                // Each client goes to the two servers in turn, so each server's states go stale.
                sendConcurrently(2, 8, 25, leads, "t", (client, batch) -> servers.get((client + batch) % 2));
            } finally {
                second.close();
            }
        }
        assertEveryEventOnceWithoutGaps(2 * 8 * 25);
    }

    /** {@code count} new leads with e-mail addresses {@code <prefix><i>@x.example}; their ids. */
    private List<String> newLeads(int count, String prefix) {
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(api.post("/api/v1/leads", "{\"attributes\": {\"email\": \"" + prefix + i + "@x.example\"}}")
                    .body().path("lead").asText());
        }
        return leads;
    }

    /**
     * Sends, from each of {@code clients} threads, {@code batches} batches of {@code items} e-mail opens
     * (event ids {@code prefix<client>-<batch>-<item>}) to the server {@code to} names for that batch;
     * every item must be recorded.
     */
    private static void sendConcurrently(int clients, int batches, int items, List<String> leads, String prefix,
                                         java.util.function.BiFunction<Integer, Integer, Api> to) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> sent = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                sent.add(pool.submit(() -> {
                    List<String> statuses = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        Api.Response r = to.apply(client, b).post("/api/v1/activities",
                                emailOpens(leads, items, prefix + client + "-" + b));
                        assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
                        statuses.addAll(r.body().path("results").findValuesAsText("status"));
                    }
                    return statuses;
                }));
            }
            for (Future<List<String>> f : sent) {
                assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(batches * items).containsOnly("recorded");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A batch of e-mail opens, one per item, spread over the leads, with event ids {@code prefix-i}. */
    private static String emailOpens(List<String> leads, int items, String prefix) {
        StringBuilder body = new StringBuilder("{\"activities\": [");
        for (int i = 0; i < items; i++) {
            body.append(i == 0 ? "" : ",").append("{\"leadId\": \"").append(leads.get(i % leads.size()))
                    .append("\", \"type\": \"email-open\", \"at\": \"2027-03-13T10:00:00Z\", \"eventId\": \"")
                    .append(prefix).append('-').append(i).append("\"}");
        }
        return body.append("]}").toString();
    }

    /** The log holds this many distinct event ids, and every lead's projection is at its last, gapless version. */
    private void assertEveryEventOnceWithoutGaps(int events) {
        db.jdbi().useHandle(h -> {
            assertThat(h.createQuery("SELECT COUNT(DISTINCT event_id) FROM lead_event WHERE event_id IS NOT NULL")
                    .mapTo(Integer.class).one()).isEqualTo(events);
            assertThat(h.createQuery("SELECT COUNT(*) FROM lead l WHERE l.version <> (SELECT COUNT(*) FROM lead_event e "
                    + "WHERE e.lead_id = l.id) OR l.version <> (SELECT MAX(lead_version) FROM lead_event e "
                    + "WHERE e.lead_id = l.id)").mapTo(Integer.class).one()).as("leads with gaps").isZero();
        });
    }

    @Test
    void health_and_readiness() {
        assertThat(api.get("/healthz").body().path("status").asText()).isEqualTo("ok");
        assertThat(api.get("/readyz").body().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void the_server_is_alive_but_not_ready_when_the_database_does_not_answer() {
        db.close();
        assertThat(api.get("/healthz").status()).isEqualTo(200);
        Api.Response ready = api.get("/readyz");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.body().path("title").asText()).isEqualTo("Not ready");
    }
}
