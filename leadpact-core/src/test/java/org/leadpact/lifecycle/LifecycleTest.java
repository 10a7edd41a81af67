package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.captured;
import static org.leadpact.LeadFixture.days;
import static org.leadpact.LeadFixture.did;
import static org.leadpact.LeadFixture.minutes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

class LifecycleTest {
    private final LeadEngine engine = new LeadEngine(AgreementFixture.classic());

    private LeadState run(Command... commands) {
        Replay.Result result = Replay.run(engine, "lead-1", List.of(commands));
        assertThat(result.refusals()).as("refusals").isEmpty();
        return result.state();
    }

    private LeadState mql() {
        return run(captured(T0, LeadFixture.marketingDirectorAt500EmployeeFirm()),
                did(ActivityType.WEBINAR_REGISTRATION, minutes(1)));
    }

    private LeadState handedOff() {
        LeadState s = mql();
        return apply(s, new Command.HandOff(minutes(2), "alice", "router", "east territory"));
    }

    private LeadState apply(LeadState state, Command command) {
        Outcome outcome = engine.handle(state, command);
        assertThat(outcome).as("outcome of %s", command).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).state();
    }

    private Outcome.Rejected rejected(LeadState state, Command command) {
        Outcome outcome = engine.handle(state, command);
        assertThat(outcome).as("outcome of %s", command).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected) outcome;
    }

    @Test
    void a_lead_becomes_an_mql_the_moment_it_qualifies_and_the_transition_records_why() {
        LeadState s = mql();
        assertThat(s.stage()).isEqualTo(Stage.MQL);
        StageChanged change = s.lastStageChange().orElseThrow();
        assertThat(change.transition()).isEqualTo("qualify");
        assertThat(change.at()).isEqualTo(minutes(1));
        assertThat(change.actor()).isEqualTo(LeadEngine.SYSTEM);
        assertThat(change.agreementVersion()).isEqualTo("1");
        assertThat(change.clause()).isEqualTo("behaviouralQualifiers");
        assertThat(change.reason()).startsWith("qualified by behaviour (webinar-registration");
    }

    @Test
    void hand_off_assigns_the_rep_and_records_why() {
        LeadState s = handedOff();
        assertThat(s.stage()).isEqualTo(Stage.HANDED_OFF);
        assertThat(s.owner()).isEqualTo("alice");
        assertThat(s.lastStageChange().orElseThrow().reason()).isEqualTo("east territory");
    }

    @Test
    void a_lead_that_has_not_qualified_cannot_be_handed_to_sales() {
        LeadState fresh = run(captured(T0, LeadFixture.marketingDirectorAt500EmployeeFirm()));
        Outcome.Rejected r = rejected(fresh, new Command.HandOff(T0, "alice", "router", null));
        assertThat(r.rule()).isEqualTo("lifecycle.hand-off");
        assertThat(r.reason()).isEqualTo("hand-off moves a lead to handed-off only from mql; this lead is new");
    }

    @Test
    void a_lead_that_asked_not_to_be_contacted_is_never_handed_to_sales() {
        LeadState s = apply(mql(), new Command.UpdateAttributes(minutes(2), java.util.Map.of("doNotContact", "true"),
                "preference centre"));
        Outcome.Rejected r = rejected(s, new Command.HandOff(minutes(3), "alice", "router", null));
        assertThat(r.rule()).isEqualTo("lead.doNotContact");
    }

    @Test
    void hand_off_is_refused_when_contact_data_became_incomplete() {
        LeadState s = apply(mql(), new Command.UpdateAttributes(minutes(2), java.util.Map.of("phone", ""), "crm"));
        Outcome.Rejected r = rejected(s, new Command.HandOff(minutes(3), "alice", "router", null));
        assertThat(r.rule()).isEqualTo("requiredInformation");
        assertThat(r.reason()).contains("phone missing");
    }

    @Test
    void dispositions_map_onto_transitions() {
        LeadState accepted = apply(handedOff(), new Command.SetDisposition(minutes(5), Disposition.ACCEPTED, "alice", null));
        assertThat(accepted.stage()).isEqualTo(Stage.SAL);
        LeadState opportunity = apply(accepted, new Command.SetDisposition(minutes(6), Disposition.OPPORTUNITY, "alice",
                "budget confirmed"));
        assertThat(opportunity.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(opportunity.opportunityStage()).isEqualTo("prospect-new");
        LeadState trashed = apply(handedOff(), new Command.SetDisposition(minutes(5), Disposition.TRASH, "alice",
                "consultant, no budget"));
        assertThat(trashed.stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(trashed.lastStageChange().orElseThrow().reason()).isEqualTo("disposition trash: consultant, no budget");
    }

    @Test
    void an_opportunity_moves_along_the_ladder_and_closes_won_with_its_amount() {
        LeadState opp = apply(handedOff(), new Command.OpenOpportunity(minutes(5), "alice"));
        opp = apply(opp, new Command.MoveOpportunityStage(days(10), "proposal", "alice"));
        assertThat(opp.opportunityStage()).isEqualTo("proposal");
        Outcome.Rejected unknown = rejected(opp, new Command.MoveOpportunityStage(days(11), "handshake", "alice"));
        assertThat(unknown.rule()).isEqualTo("opportunityStages");
        LeadState won = apply(opp, new Command.CloseWon(days(30), new BigDecimal("12000"), "alice"));
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.wonAmount()).isEqualByComparingTo("12000");
        assertThat(rejected(won, new Command.Recycle(days(31), RecycleReason.LOST, "alice", null)).rule())
                .isEqualTo("lifecycle.recycle");
    }

    @Test
    void a_win_needs_an_amount() {
        LeadState opp = apply(handedOff(), new Command.OpenOpportunity(minutes(5), "alice"));
        assertThat(rejected(opp, new Command.CloseWon(days(3), null, "alice")).rule()).isEqualTo("lifecycle.win");
    }

    @Test
    void a_lost_opportunity_goes_back_to_nurture_as_lost() {
        LeadState opp = apply(handedOff(), new Command.OpenOpportunity(minutes(5), "alice"));
        LeadState lost = apply(opp, new Command.CloseLost(days(40), "chose a competitor", "alice"));
        assertThat(lost.stage()).isEqualTo(Stage.LOST);
        assertThat(rejected(lost, new Command.Recycle(days(41), RecycleReason.STALE, "ops", null)).rule())
                .isEqualTo("recycling.reasons");
        LeadState recycled = apply(lost, new Command.Recycle(days(41), RecycleReason.LOST, "ops", null));
        assertThat(recycled.stage()).isEqualTo(Stage.NURTURE);
        assertThat(recycled.owner()).isNull();
    }

    @Test
    void a_disposition_the_agreement_does_not_allow_is_refused() {
        var a = AgreementFixture.classic();
        var threeOnly = new org.leadpact.agreement.Agreement(a.identity(), a.signatures(), a.targetBuyer(),
                a.requiredInformation(), a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), null, null, null, null,
                new org.leadpact.agreement.Dispositions(List.of(Disposition.ACCEPTED, Disposition.TRASH,
                        Disposition.OPPORTUNITY)), null, null, null);
        LeadEngine strict = new LeadEngine(threeOnly);
        Replay.Result r = Replay.run(strict, "lead-1", List.of(captured(T0, LeadFixture.marketingDirectorAt500EmployeeFirm()),
                did(ActivityType.WEBINAR_REGISTRATION, minutes(1)), new Command.HandOff(minutes(2), "alice", "x", null),
                new Command.SetDisposition(days(20), Disposition.RECYCLE, "alice", null)));
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(3);
            assertThat(f.rejection().rule()).isEqualTo("dispositions");
        });
        assertThat(r.state().stage()).isEqualTo(Stage.HANDED_OFF);
    }

    @Test
    void a_disposition_is_only_for_leads_sales_holds() {
        Outcome.Rejected r = rejected(mql(), new Command.SetDisposition(minutes(3), Disposition.ACCEPTED, "alice", null));
        assertThat(r.rule()).isEqualTo("lifecycle.disposition");
    }

    @Test
    void could_not_reach_is_refused_until_the_touch_cadence_is_met() {
        LeadState s = handedOff();
        Outcome.Rejected r = rejected(s, new Command.SetDisposition(days(15), Disposition.COULD_NOT_REACH, "alice", null));
        assertThat(r.rule()).isEqualTo("salesSla.touches");
        assertThat(r.reason()).contains("logged 0 calls and 0 e-mails");
        for (int i = 0; i < 3; i++) {
            s = apply(s, did(ActivityType.SALES_CALL, days(i + 1)));
            s = apply(s, did(ActivityType.SALES_EMAIL, days(i + 1)));
        }
        LeadState recycled = apply(s, new Command.SetDisposition(days(15), Disposition.COULD_NOT_REACH, "alice", null));
        assertThat(recycled.stage()).isEqualTo(Stage.NURTURE);
        assertThat(recycled.lastStageChange().orElseThrow().reason()).isEqualTo("could-not-reach");
    }

    @Test
    void a_lead_stays_with_sales_the_minimum_time_before_it_is_recycled() {
        Outcome.Rejected r = rejected(handedOff(), new Command.SetDisposition(days(3), Disposition.RECYCLE, "alice", null));
        assertThat(r.rule()).isEqualTo("salesSla.minimumTimeBeforeRecycle");
        assertThat(apply(handedOff(), new Command.SetDisposition(days(15), Disposition.RECYCLE, "alice", "next year"))
                .stage()).isEqualTo(Stage.NURTURE);
    }

    @Test
    void a_recycled_lead_requalifies_only_after_new_engagement() {
        LeadState recycled = apply(handedOff(), new Command.SetDisposition(days(15), Disposition.RECYCLE, "alice", null));
        // New data alone is not engagement: the old webinar registration no longer counts.
        LeadState touched = apply(recycled, new Command.UpdateAttributes(days(16), java.util.Map.of("city", "Cambridge"),
                "crm"));
        assertThat(touched.stage()).isEqualTo(Stage.NURTURE);
        assertThat(engine.qualifier().assess(touched, days(16)).summary()).contains("since the recycle");
        LeadState again = apply(touched, did(ActivityType.CONTENT_REGISTRATION, days(40)));
        assertThat(again.stage()).isEqualTo(Stage.MQL);
    }

    @Test
    void attribute_points_alone_never_requalify_a_recycled_lead() {
        // Under score-only rules a VP at the target buyer could reach the threshold on who she is.
        var a = AgreementFixture.classic(org.leadpact.agreement.QualificationRule.SCORE);
        var rules = List.<org.leadpact.agreement.ScoringRule>of(new org.leadpact.agreement.ScoringRule.AttributeRule(
                "fit", "title", new org.leadpact.agreement.AttributeTest.Matches("Director"), 70));
        var generous = new org.leadpact.agreement.Agreement(a.identity(), a.signatures(), a.targetBuyer(),
                a.requiredInformation(), a.behaviouralQualifiers(), AgreementFixture.scoring(60, rules), a.fastTrack(),
                null, null, null, null, null, null, null, null);
        LeadEngine byScore = new LeadEngine(generous);
        Replay.Result r = Replay.run(byScore, "lead-1", List.of(captured(T0, LeadFixture.marketingDirectorAt500EmployeeFirm()),
                new Command.HandOff(minutes(1), "alice", "router", null),
                new Command.SetDisposition(days(15), Disposition.RECYCLE, "alice", null),
                new Command.UpdateAttributes(days(16), java.util.Map.of("city", "Cambridge"), "crm")));
        assertThat(r.refusals()).isEmpty();
        assertThat(r.state().stage()).isEqualTo(Stage.NURTURE);
        assertThat(byScore.qualifier().assess(r.state(), days(16)).summary())
                .contains("no new engagement since the recycle");
        LeadState engaged = byScore.handle(r.state(), did(ActivityType.EMAIL_OPEN, days(20))) instanceof Outcome.Accepted ok
                ? ok.state() : null;
        assertThat(engaged.stage()).isEqualTo(Stage.MQL);
    }

    @Test
    void trash_is_final() {
        LeadState trashed = apply(mql(), new Command.Disqualify(minutes(3), "marketing-ops", "test lead"));
        assertThat(trashed.stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(apply(trashed, did(ActivityType.DEMO_REQUEST, days(1))).stage()).isEqualTo(Stage.DISQUALIFIED);
        assertThat(rejected(trashed, new Command.HandOff(days(1), "alice", "x", null)).rule())
                .isEqualTo("lifecycle.hand-off");
    }

    @Test
    void every_transition_records_time_actor_reason_and_agreement_version() {
        LeadState s = apply(handedOff(), new Command.SetDisposition(minutes(5), Disposition.ACCEPTED, "alice", null));
        List<StageChanged> changes = new ArrayList<>();
        s.history().forEach(e -> {
            if (e instanceof StageChanged c) {
                changes.add(c);
            }
        });
        assertThat(changes).extracting(StageChanged::transition).containsExactly("qualify", "hand-off", "accept");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.at()).isNotNull();
            assertThat(c.actor()).isNotBlank();
            assertThat(c.reason()).isNotBlank();
            assertThat(c.agreementVersion()).isEqualTo("1");
        });
    }

    @Test
    void past_decisions_keep_the_version_they_were_made_under() {
        LeadState underV1 = mql();
        LeadEngine v2 = new LeadEngine(AgreementFixture.classicVersion("2", 60));
        Outcome out = v2.handle(underV1, new Command.HandOff(minutes(2), "alice", "router", null));
        LeadState s = underV1.applyAll(((Outcome.Accepted) out).events());
        assertThat(s.history().stream().filter(StageChanged.class::isInstance).map(e -> ((StageChanged) e)
                .agreementVersion())).containsExactly("1", "2");
    }
}
