package org.leadpact.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.agreement.Recycling;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * Three fit leads from Boston (MA), each asking for a demo (the classic fast track) on 1, 2 and 3
 * March 2027, decided by the live engine under the baseline and handed off. Lead r is recycled as
 * not-ready on 21 March, asks for a demo again on 26 March (the engine qualifies it again), is
 * handed off again and becomes an opportunity. The baseline recycles for any reason and routes MA
 * and NY to team east (ann, bob: round-robin), the rest to inside-sales (ivy); the proposal
 * recycles only could-not-reach and routes only NY to east.
 */
class BacktestRecyclesAndRoutingTest {
    private static final BacktestPeriod SPRING = new BacktestPeriod(LocalDate.parse("2027-03-01"),
            LocalDate.parse("2027-04-30"));
    private static final Agreement BASELINE = agreement("2027.1", List.of("MA", "NY"), Recycling.DEFAULT);
    private static final Agreement PROPOSED = agreement("2027.2", List.of("NY"),
            new Recycling(List.of(RecycleReason.COULD_NOT_REACH), true, "default"));
    private static final Directory DIRECTORY = Directory.of(List.of(rep("ann", "east"), rep("bob", "east"),
            rep("ivy", "inside-sales")), List.of(new Team("east", "East", null, null),
            new Team("inside-sales", "Inside sales", null, null)));

    private static Agreement agreement(String version, List<String> eastStates, Recycling recycling) {
        Agreement a = AgreementFixture.classicVersion(version, 60);
        Routing routing = new Routing(List.of(new RoutingRule("east", Map.of("state", eastStates), null, "east")),
                null, "inside-sales", Map.of(), true, true);
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), routing, null, null, null, null, recycling,
                null, null);
    }

    private static Rep rep(String id, String team) {
        return new Rep(id, id, id + "@example.com", true, team, WorkingHours.ALWAYS, List.of());
    }

    /** A fit lead of its own company (so no account owner applies) asking for a demo on {@code day}, handed to {@code rep}. */
    private static List<Command> demo(String id, int day, String rep) {
        Map<String, String> attributes = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        attributes.put("email", "dana@" + id + ".example");
        attributes.put("company", "Company " + id);
        List<Command> commands = new ArrayList<>();
        commands.add(LeadFixture.captured(LeadFixture.days(day), attributes));
        commands.add(LeadFixture.did(ActivityType.DEMO_REQUEST, LeadFixture.days(day).plusSeconds(60)));
        commands.add(new Command.HandOff(LeadFixture.days(day).plusSeconds(3_600), rep, "router", "routed"));
        return commands;
    }

    private static LeadResult replay(Backtest test, String id, List<Command> commands) {
        Replay.Result r = Replay.run(new LeadEngine(BASELINE), id, commands);
        assertThat(r.refusals()).isEmpty();
        return test.replay(id, r.state().history());
    }

    private static BacktestReport report(Directory directory) {
        Backtest test = new Backtest(BASELINE, PROPOSED, SPRING, directory);
        List<Command> r = new ArrayList<>(demo("r", 0, "ann"));
        r.add(new Command.SetDisposition(LeadFixture.days(20), Disposition.RECYCLE, "ann", "next quarter"));
        r.add(LeadFixture.did(ActivityType.DEMO_REQUEST, LeadFixture.days(25)));
        r.add(new Command.HandOff(LeadFixture.days(25).plusSeconds(3_600), "bob", "router", "routed"));
        r.add(new Command.SetDisposition(LeadFixture.days(26), Disposition.OPPORTUNITY, "bob", null));
        return test.report(List.of(replay(test, "r", r), replay(test, "s", demo("s", 1, "bob")),
                replay(test, "t", demo("t", 2, "ann"))));
    }

    @Test
    void a_recycled_lead_qualifies_again_only_under_the_agreement_whose_recycling_clause_allows_the_reason() {
        BacktestReport report = report(Directory.EMPTY);
        BacktestReport.Month march = report.months().getFirst();
        assertThat(march.recordedMqls()).isEqualTo(4); // r twice, s, t
        assertThat(march.baselineMqls()).isEqualTo(4);
        assertThat(march.baselineAgain()).isEqualTo(1);
        assertThat(march.proposedMqls()).isEqualTo(3); // not-ready is not a reason the proposal recycles for
        assertThat(march.proposedAgain()).isZero();
        BacktestReport.Recycles recycles = report.recycles();
        assertThat(recycles.recorded()).isEqualTo(1);
        assertThat(recycles.baseline()).isEqualTo(new BacktestReport.RecycleSide(1, 0, 1));
        assertThat(recycles.proposed()).isEqualTo(new BacktestReport.RecycleSide(0, 1, 0));
    }

    @Test
    void what_became_of_the_recycled_lead_that_came_back_judges_each_agreements_requalification() {
        BacktestReport.Recycles recycles = report(Directory.EMPTY).recycles();
        assertThat(recycles.cameBack()).isEqualTo(1);
        assertThat(recycles.judged()).isEqualTo(1);
        assertThat(recycles.converted()).isEqualTo(1);
        assertThat(recycles.baselineJudgement().qualified()).isEqualTo(1);
        assertThat(recycles.baselineJudgement().precision().value()).isEqualTo(1.0);
        assertThat(recycles.proposedJudgement().qualified()).isZero();
        assertThat(recycles.proposedJudgement().recall().value()).isEqualTo(0.0);
    }

    @Test
    void without_reps_in_the_directory_hand_offs_are_only_those_that_happened() {
        BacktestReport.HandOffs handOffs = report(Directory.EMPTY).handOffs();
        assertThat(handOffs.routingReplayed()).isFalse();
        assertThat(handOffs.perRep()).isEqualTo(Map.of("ann", 2, "bob", 2));
        assertThat(handOffs.baseline()).isNull();
    }

    @Test
    void each_agreements_routing_clause_is_replayed_over_its_own_qualifications_in_time_order() {
        BacktestReport.HandOffs handOffs = report(DIRECTORY).handOffs();
        assertThat(handOffs.routingReplayed()).isTrue();
        // Baseline: r (1 March) ann, s bob, t ann by east's round-robin; r again (26 March) back to its previous rep ann.
        assertThat(handOffs.baseline().perRep()).isEqualTo(Map.of("ann", 3, "bob", 1));
        assertThat(handOffs.baseline().byClause()).isEqualTo(Map.of("routing.rules[east]", 3, "routing.ownerFirst", 1));
        // Proposal: MA is not east's any more, so r, s and t go to the default team; r is not recycled under it.
        assertThat(handOffs.proposed().perRep()).isEqualTo(Map.of("ivy", 3));
        assertThat(handOffs.proposed().byClause()).isEqualTo(Map.of("routing.default", 3));
        assertThat(handOffs.proposed().unrouted()).isZero();
        assertThat(handOffs.perRep()).isEqualTo(Map.of("ann", 2, "bob", 2)); // as they happened
    }

    @Test
    void a_team_without_reps_leaves_its_leads_unrouted_when_there_is_no_one_else() {
        Directory eastOnly = Directory.of(List.of(rep("ann", "east")), List.of(new Team("east", "East", null, null)));
        BacktestReport.HandOffs handOffs = report(eastOnly).handOffs();
        assertThat(handOffs.baseline().perRep()).isEqualTo(Map.of("ann", 4));
        assertThat(handOffs.proposed().perRep()).isEmpty();
        assertThat(handOffs.proposed().unrouted()).isEqualTo(3);
    }
}
