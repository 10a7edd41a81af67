package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
    static final String AGREEMENT = "../examples/agreement.yaml";
    static final String JOURNEY = "../examples/leads/classic-journey.json";

    @Test
    void the_classic_journey_is_handed_off_with_its_score_explained() {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", JOURNEY, "--at", "2027-03-13T16:00:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lead visitor-7f3a (Priya Natarajan, Northwind Analytics)")
                .contains("Stage: handed-off (owner alice)")
                .contains("Score: 66.33 (band B), threshold 60")
                .contains("Verdict: qualified by behaviour (content-registration")
                .contains("stage new → mql (qualify by leadpact)");
    }

    @Test
    void json_output_carries_the_contributions_that_add_up_to_the_score() throws IOException {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", JOURNEY, "--at", "2027-03-13T16:00:00Z",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("stage").asText()).isEqualTo("handed-off");
        assertThat(json.path("qualification").path("verdict").asText()).isEqualTo("qualified");
        BigDecimal total = json.path("score").path("total").decimalValue();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode c : json.path("score").path("contributions")) {
            sum = sum.add(c.path("points").decimalValue());
            assertThat(c.path("clause").asText()).startsWith("scoring.");
        }
        assertThat(sum).isEqualByComparingTo(total);
        assertThat(json.path("agreement").path("version").asText()).isEqualTo("2027.1");
    }

    @Test
    void scoring_at_an_earlier_instant_uses_only_the_events_up_to_then() {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", JOURNEY, "--at", "2027-03-03T15:00:00Z");
        assertThat(run.out()).contains("Stage: new").contains("Verdict: not qualified")
                .doesNotContain("webinar-registration \"Pipeline");
    }

    @Test
    void a_demo_request_fast_tracks_and_the_deal_closes_won() {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", "../examples/leads/demo-request.json",
                "--at", "2027-05-01T00:00:00Z");
        assertThat(run.out()).contains("Stage: won").contains("qualified by fast-track (demo-request");
    }

    @Test
    void a_bad_lead_file_exits_2_with_line_numbers(@TempDir Path dir) throws IOException {
        Path lead = dir.resolve("lead.json");
        Files.writeString(lead, """
                {
                  "id": "x",
                  "events": [
                    {"at": "2027-03-01T14:00:00Z", "type": "page-view", "durationSeconds": "long"},
                    {"at": "yesterday", "type": "email-open"},
                    {"at": "2027-03-01T14:00:00Z", "type": "telepathy"},
                    {"at": "2027-03-01T14:00:00Z", "type": "disposition", "disposition": "maybe"}
                  ],
                  "colour": "blue"
                }
                """);
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", lead.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                lead + ":4: events[0].durationSeconds: must be a whole number",
                lead + ":5: events[1].at: must be a date-time with offset like 2026-12-15T10:00:00Z, not 'yesterday'",
                lead + ":6: events[2].type: 'telepathy' is neither an activity (page-view, form-fill, "
                        + "content-registration, webinar-registration, webinar-attended, email-open, email-click, "
                        + "question-answered, trial-request, demo-request, contact-sales, inbound-call, inbound-email, "
                        + "unsubscribe, sales-call, sales-email, sales-meeting) nor an action (attributes, hand-off, "
                        + "disposition, open-opportunity, opportunity-stage, close-won, close-lost, recycle, disqualify, "
                        + "reevaluate)",
                lead + ":7: events[3].disposition: 'maybe' is not one of: accepted, recycle, trash, could-not-reach, "
                        + "opportunity",
                lead + ":9: colour: unknown key; known keys: id, attributes, capturedAt, events");
    }

    @Test
    void a_bad_instant_is_refused() {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", JOURNEY, "--at", "tomorrow");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--at: 'tomorrow' is not an instant");
    }

    @Test
    void refused_events_are_reported_not_hidden(@TempDir Path dir) throws IOException {
        Path lead = dir.resolve("lead.json");
        Files.writeString(lead, """
                {"id": "early", "events": [
                  {"at": "2027-03-01T14:00:00Z", "type": "page-view", "url": "https://acme.example/pricing"},
                  {"at": "2027-03-01T14:05:00Z", "type": "hand-off", "rep": "alice"}
                ]}
                """);
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", lead.toString(), "--at",
                "2027-03-02T00:00:00Z");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Refused events[1]: hand-off moves a lead to handed-off only from mql; "
                + "this lead is new  [lifecycle.hand-off]");
        CliRun before = CliRun.of("score", "--agreement", AGREEMENT, "--lead", lead.toString(), "--at",
                "2027-03-01T14:01:00Z");
        assertThat(before.out()).as("a refusal after --at is not reported").doesNotContain("Refused");
    }

    @Test
    void a_missing_lead_file_is_an_error_not_a_crash() {
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", "no/such/lead.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no/such/lead.json: cannot read");
    }

    @Test
    void an_activity_with_a_bad_field_gets_one_problem_not_two(@TempDir Path dir) throws IOException {
        Path lead = dir.resolve("lead.json");
        Files.writeString(lead, """
                {"id": "x", "events": [
                  {"at": "2027-03-01T14:00:00Z", "type": "page-view", "durationSeconds": -5}
                ]}
                """);
        CliRun run = CliRun.of("score", "--agreement", AGREEMENT, "--lead", lead.toString());
        assertThat(run.err().lines()).containsExactly(lead + ":2: events[0]: durationSeconds must not be negative");
    }
}
