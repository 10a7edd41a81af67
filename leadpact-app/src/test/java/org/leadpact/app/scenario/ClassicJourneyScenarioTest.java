package org.leadpact.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Verdict;

/**
 * Narrated journeys under the example agreement (examples/agreement.yaml: a fitting lead qualifies
 * with a behavioural qualifier AND 60 points; a demo request fast-tracks it).
 */
class ClassicJourneyScenarioTest {
    private static final Instant MONDAY = Instant.parse("2027-03-01T14:00:00Z");
    private static LeadEngine engine;

    private LeadState lead;

    @BeforeAll
    static void signTheAgreement() throws Exception {
        Agreement agreement = AgreementFileReader.read(Path.of("..", "examples", "agreement.yaml")).orThrow();
        engine = new LeadEngine(agreement);
    }

    private static Instant day(double days) {
        return MONDAY.plusSeconds((long) (days * 86_400));
    }

    private Outcome.Accepted does(Command command) {
        Outcome outcome = engine.handle(lead, command);
        assertThat(outcome).as("%s", command).isInstanceOf(Outcome.Accepted.class);
        Outcome.Accepted accepted = (Outcome.Accepted) outcome;
        lead = accepted.state();
        return accepted;
    }

    private Outcome.Rejected refused(Command command) {
        Outcome outcome = engine.handle(lead, command);
        assertThat(outcome).as("%s", command).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected) outcome;
    }

    private void views(String path, Instant at, int seconds) {
        does(new Command.RecordActivity(Activity.pageView(at, "https://acme.example" + path, seconds)));
    }

    private void fillsForm(Instant at, Map<String, String> fields) {
        does(new Command.UpdateAttributes(at, fields, "form"));
    }

    private Qualification verdictAt(Instant at) {
        return engine.qualifier().assess(lead, at);
    }

    @Test
    void a_visitor_reads_registers_attends_clicks_a_nurture_email_and_crosses_the_threshold() {
        lead = LeadState.empty("visitor-7f3a");
        // Monday: an unknown visitor reads three pages for four minutes.
        views("/product/overview", day(0), 100);
        views("/product/integrations", day(0.001), 80);
        views("/pricing", day(0.002), 60);
        assertThat(lead.stage()).isEqualTo(Stage.NEW);

        // Two days later they return and download a white paper: now we know who they are.
        views("/blog/b2b-benchmarks", day(2), 60);
        fillsForm(day(2.001), Map.of("firstName", "Priya", "lastName", "Natarajan", "email",
                "priya.natarajan@northwind.example", "company", "Northwind Analytics", "title", "Marketing Manager"));
        does(new Command.RecordActivity(Activity.of(ActivityType.CONTENT_REGISTRATION, day(2.001))
                .withSubject("State of B2B Analytics 2027")));
        assertThat(verdictAt(day(2.001)).failed()).extracting(c -> c.words())
                .contains("phone missing", "employees missing", "HQ country missing");

        // She registers for a webinar; the form completes her profile. Intent is shown, the score is not there yet.
        fillsForm(day(5), Map.of("phone", "+1 617 555 0199", "city", "Boston", "state", "MA", "country", "US",
                "website", "northwind.example", "employees", "250", "industry", "Software"));
        does(new Command.RecordActivity(Activity.of(ActivityType.WEBINAR_REGISTRATION, day(5))
                .withSubject("Pipeline analytics live")));
        assertThat(lead.stage()).isEqualTo(Stage.NEW);
        assertThat(verdictAt(day(5)).score().total().value()).isLessThan(60);

        // She attends the webinar: closer, still below 60.
        does(new Command.RecordActivity(Activity.of(ActivityType.WEBINAR_ATTENDED, day(9))));
        assertThat(lead.stage()).isEqualTo(Stage.NEW);
        Qualification afterWebinar = verdictAt(day(9));
        assertThat(afterWebinar.score().total().value()).isBetween(55.0, 60.0);

        // She clicks a nurture e-mail through to a product page: the click crosses the threshold, she is an MQL.
        does(new Command.RecordActivity(Activity.of(ActivityType.EMAIL_CLICK, day(12)).withSubject("Nurture #2")
                .withUrl("https://acme.example/product/dashboards")));
        assertThat(lead.stage()).isEqualTo(Stage.MQL);
        views("/product/dashboards", day(12.001), 120);
        StageChanged mql = lead.lastStageChange().orElseThrow();
        assertThat(mql.at()).isEqualTo(day(12));
        assertThat(mql.agreementVersion()).isEqualTo("2027.1");
        assertThat(mql.reason()).startsWith("qualified by behaviour (content-registration \"State of B2B Analytics 2027\"")
                .contains("and score 6").contains("≥ 60");

        Qualification now = verdictAt(day(12.001));
        assertThat(now.verdict()).isEqualTo(Verdict.QUALIFIED);
        assertThat(now.score().topReasons(3)).extracting(c -> c.rule())
                .containsExactly("mid-market-or-larger", "webinar-attended", "content");
        assertThat(now.score().band()).isEqualTo("B");
    }

    @Test
    void a_demo_request_fast_tracks_a_fitting_lead_all_the_way_to_closed_won() {
        lead = LeadState.empty("lead-demo");
        fillsForm(day(0), Map.ofEntries(Map.entry("firstName", "Marcus"), Map.entry("lastName", "Lee"),
                Map.entry("email", "marcus.lee@contoso.example"), Map.entry("company", "Contoso"),
                Map.entry("title", "VP Marketing"), Map.entry("phone", "+1 212 555 0123"), Map.entry("city", "New York"),
                Map.entry("state", "NY"), Map.entry("country", "United States"), Map.entry("website", "contoso.example"),
                Map.entry("employees", "1200"), Map.entry("industry", "Retail")));
        views("/pricing", day(0.01), 45);
        assertThat(lead.stage()).isEqualTo(Stage.NEW);

        does(new Command.RecordActivity(Activity.of(ActivityType.DEMO_REQUEST, day(0.02))));
        assertThat(lead.stage()).isEqualTo(Stage.MQL);
        StageChanged mql = lead.lastStageChange().orElseThrow();
        assertThat(mql.reason()).startsWith("qualified by fast-track (demo-request");
        assertThat(mql.clause()).isEqualTo("fastTrack");
        assertThat(verdictAt(day(0.02)).score().reachesThreshold()).isFalse();

        does(new Command.HandOff(day(0.021), "alice", "router", "rule east: New York"));
        assertThat(lead.owner()).isEqualTo("alice");
        does(new Command.RecordActivity(Activity.of(ActivityType.SALES_CALL, day(0.025)).withOutcome("connected")));
        does(new Command.SetDisposition(day(0.03), Disposition.ACCEPTED, "alice", "budget this quarter"));
        does(new Command.SetDisposition(day(1), Disposition.OPPORTUNITY, "alice", null));
        does(new Command.MoveOpportunityStage(day(20), "proposal", "alice"));
        does(new Command.MoveOpportunityStage(day(35), "negotiation", "alice"));
        does(new Command.CloseWon(day(50), new BigDecimal("48000"), "alice"));

        assertThat(lead.stage()).isEqualTo(Stage.WON);
        assertThat(lead.wonAmount()).isEqualByComparingTo("48000");
        assertThat(lead.history().stream().filter(StageChanged.class::isInstance).map(e -> ((StageChanged) e).to()))
                .containsExactly(Stage.MQL, Stage.HANDED_OFF, Stage.SAL, Stage.OPPORTUNITY, Stage.WON);
    }

    @Test
    void sales_recycles_a_lead_and_it_requalifies_only_after_new_engagement() {
        a_demo_request_fast_tracks_first_steps();
        // The rep works the cadence the agreement asks for: 3 calls and 3 e-mails, nobody answers.
        assertThat(refused(new Command.SetDisposition(day(3), Disposition.COULD_NOT_REACH, "alice", null)).rule())
                .isEqualTo("salesSla.touches");
        for (int i = 1; i <= 3; i++) {
            does(new Command.RecordActivity(Activity.of(ActivityType.SALES_CALL, day(i)).withOutcome("voicemail")));
            does(new Command.RecordActivity(Activity.of(ActivityType.SALES_EMAIL, day(i + 0.5))));
        }
        assertThat(refused(new Command.SetDisposition(day(4), Disposition.COULD_NOT_REACH, "alice", null)).rule())
                .isEqualTo("salesSla.minimumTimeBeforeRecycle");
        does(new Command.SetDisposition(day(15), Disposition.COULD_NOT_REACH, "alice", "no answer in two weeks"));
        assertThat(lead.stage()).isEqualTo(Stage.NURTURE);
        assertThat(lead.owner()).isNull();

        // Her old demo request and page views no longer count. A newsletter open is not enough.
        does(new Command.Reevaluate(day(16)));
        does(new Command.RecordActivity(Activity.of(ActivityType.EMAIL_OPEN, day(30)).withSubject("Quarterly newsletter")));
        assertThat(lead.stage()).isEqualTo(Stage.NURTURE);
        assertThat(verdictAt(day(30)).summary()).contains("since the recycle");

        // Months later she asks to talk to sales: new intent, she is an MQL again.
        does(new Command.RecordActivity(Activity.of(ActivityType.CONTACT_SALES, day(120))));
        assertThat(lead.stage()).isEqualTo(Stage.MQL);
        assertThat(lead.lastStageChange().orElseThrow().reason()).startsWith("qualified by fast-track (contact-sales");
    }

    private void a_demo_request_fast_tracks_first_steps() {
        lead = LeadState.empty("lead-recycled");
        fillsForm(day(0), Map.ofEntries(Map.entry("firstName", "Ines"), Map.entry("lastName", "Moreau"),
                Map.entry("email", "ines.moreau@fabrikam.example"), Map.entry("company", "Fabrikam"),
                Map.entry("title", "Head of Marketing"), Map.entry("phone", "+1 514 555 0100"),
                Map.entry("city", "Montreal"), Map.entry("state", "QC"), Map.entry("country", "Canada"),
                Map.entry("website", "fabrikam.example"), Map.entry("employees", "400"),
                Map.entry("industry", "Manufacturing")));
        views("/pricing", day(0.1), 90);
        does(new Command.RecordActivity(Activity.of(ActivityType.DEMO_REQUEST, day(0.2))));
        does(new Command.HandOff(day(0.21), "alice", "router", null));
        assertThat(lead.stage()).isEqualTo(Stage.HANDED_OFF);
    }
}
