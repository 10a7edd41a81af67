package org.leadpact.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.routing.RoutingFixture.MONDAY_NOON;
import static org.leadpact.routing.RoutingFixture.mql;
import static org.leadpact.routing.RoutingFixture.rep;
import static org.leadpact.routing.RoutingFixture.reps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Decision.Assign;

class RouterTest {
    private static final TeamPolicy EAST_RR = TeamPolicy.roundRobin("east");

    private final List<Rep> directoryReps = new ArrayList<>(reps("east", "alice", "bob", "carol"));
    private final Agreement agreement = RoutingFixture.withRouting(RoutingFixture.eastThenInside(EAST_RR));

    private Decision decide(Agreement a, LeadState lead, RoutingState state, Instant at) {
        return new Router(a).decide(lead, "A", Directory.of(directoryReps, List.of(new Team("east", "East", "sam",
                "dana"))), state, Accounts.NONE, at);
    }

    private List<String> routeMany(Agreement a, int n, Instant at) {
        List<String> picks = new ArrayList<>();
        RoutingState state = RoutingState.EMPTY;
        for (int i = 0; i < n; i++) {
            Assign assign = (Assign) decide(a, mql("lead-" + i, Map.of()), state, at);
            picks.add(assign.rep());
            state = assign.after();
        }
        return picks;
    }

    @Test
    void a_team_in_round_robin_takes_strict_turns_and_the_decision_says_which_rule_and_turn() {
        assertThat(routeMany(agreement, 6, MONDAY_NOON)).containsExactly("alice", "bob", "carol", "alice", "bob",
                "carol");
        Assign first = (Assign) decide(agreement, mql("l", Map.of()), RoutingState.EMPTY, MONDAY_NOON);
        assertThat(first.clause()).isEqualTo("routing.rules[east]");
        assertThat(first.why()).isEqualTo("rule east matched (state MA): team east round-robin turn 1, alice");
    }

    @Test
    void a_rep_out_of_office_is_skipped_with_the_reason_and_catches_up_at_most_catch_up_leads_on_return() {
        Instant back = MONDAY_NOON.plusSeconds(86_400);
        directoryReps.set(1, rep("bob", "east").withAway(List.of(new Away(MONDAY_NOON.minusSeconds(60), back,
                "holiday"))));
        RoutingState state = RoutingState.EMPTY;
        for (int i = 0; i < 3; i++) {
            state = ((Assign) decide(agreement, mql("k" + i, Map.of()), state, MONDAY_NOON.minusSeconds(120))).after();
        }
        List<String> whileAway = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Assign a = (Assign) decide(agreement, mql("l" + i, Map.of()), state, MONDAY_NOON);
            whileAway.add(a.rep());
            state = a.after();
            if (i == 0) {
                assertThat(a.why()).contains("skipped bob (out of office until " + back + ", holiday)");
            }
        }
        assertThat(whileAway).doesNotContain("bob");
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Assign a = (Assign) decide(agreement, mql("m" + i, Map.of()), state, back);
            after.add(a.rep());
            state = a.after();
        }
        long bobFirstFour = after.subList(0, 4).stream().filter("bob"::equals).count();
        assertThat(bobFirstFour).as("catch-up of %s", after).isEqualTo(EAST_RR.catchUp() + 1);
        assertThat(after.subList(6, 9)).as("then turns again: %s", after).containsExactlyInAnyOrder("alice", "bob",
                "carol");
    }

    @Test
    void a_rep_at_the_daily_cap_is_passed_over_and_when_all_are_the_lead_falls_to_the_default() {
        TeamPolicy capped = new TeamPolicy("east", TeamPolicy.Mode.ROUND_ROBIN, Map.of(),
                new TeamPolicy.Caps(1, null, null), 0, true);
        directoryReps.add(rep("ivan", "inside-sales"));
        Agreement a = RoutingFixture.withRouting(RoutingFixture.eastThenInside(capped));
        assertThat(routeMany(a, 4, MONDAY_NOON)).containsExactly("alice", "bob", "carol", "ivan");
        RoutingState full = RoutingState.EMPTY.assigned("alice", MONDAY_NOON, true)
                .assigned("bob", MONDAY_NOON, true).assigned("carol", MONDAY_NOON, true);
        Assign fallen = (Assign) decide(a, mql("x", Map.of()), full, MONDAY_NOON);
        assertThat(fallen.clause()).isEqualTo("routing.default");
        assertThat(fallen.why()).contains("no rep of team east can take it now; skipped alice (1 new leads today, "
                + "the cap (1))");
        Assign nextDay = (Assign) decide(a, mql("y", Map.of()), full, MONDAY_NOON.plusSeconds(86_400));
        assertThat(nextDay.rep()).isEqualTo("alice");
    }

    @Test
    void inactive_reps_and_reps_outside_working_hours_never_receive_leads() {
        directoryReps.set(0, new Rep("alice", "Alice", null, false, "east", WorkingHours.ALWAYS, List.of()));
        directoryReps.set(2, new Rep("carol", "Carol", null, true, "east",
                WorkingHours.parse("Mon-Fri 09:00-17:00", "America/New_York"), List.of()));
        // 12:00 UTC is 07:00 in New York: carol has not started yet.
        assertThat(routeMany(agreement, 3, MONDAY_NOON)).containsOnly("bob");
        assertThat(routeMany(agreement, 2, MONDAY_NOON.plusSeconds(3 * 3600))).containsExactly("bob", "carol");
    }

    @Test
    void weighted_teams_share_in_proportion_to_the_weights() {
        TeamPolicy weighted = new TeamPolicy("east", TeamPolicy.Mode.WEIGHTED, Map.of("alice", 3), null, 2, true);
        List<String> picks = routeMany(RoutingFixture.withRouting(RoutingFixture.eastThenInside(weighted)), 50,
                MONDAY_NOON);
        assertThat(picks.stream().filter("alice"::equals).count()).isEqualTo(30);
        assertThat(picks.stream().filter("bob"::equals).count()).isEqualTo(10);
    }

    @Test
    void a_team_that_dispatches_by_hand_gets_its_leads_through_its_dispatcher() {
        directoryReps.add(rep("dana", null));
        TeamPolicy dispatch = new TeamPolicy("east", TeamPolicy.Mode.DISPATCH, Map.of(), null, 0, true);
        Assign a = (Assign) decide(RoutingFixture.withRouting(RoutingFixture.eastThenInside(dispatch)),
                mql("l", Map.of()), RoutingState.EMPTY, MONDAY_NOON);
        assertThat(a.rep()).isEqualTo("dana");
        assertThat(a.why()).endsWith("team east dispatches by hand, to its dispatcher dana");
    }

    @Test
    void an_account_with_an_owner_and_a_returning_lead_go_to_their_rep_first() {
        Accounts northwind = new Accounts() {
            public java.util.Optional<String> ownerOfDomain(String domain) {
                return java.util.Optional.of("carol").filter(x -> domain.equals("northwind.example"));
            }

            public java.util.Optional<String> ownerOfCompany(String company) {
                return java.util.Optional.empty();
            }
        };
        Assign a = (Assign) new Router(agreement).decide(mql("l", Map.of()), "A", Directory.of(directoryReps,
                List.of()), RoutingState.EMPTY, northwind, MONDAY_NOON);
        assertThat(a.rep()).isEqualTo("carol");
        assertThat(a.clause()).isEqualTo(Router.OWNER_FIRST);
        assertThat(a.why()).isEqualTo("owner first: the account northwind.example belongs to carol");
    }

    @Test
    void a_lead_that_asked_not_to_be_contacted_is_never_routed() {
        assertThat(decide(agreement, mql("l", Map.of("doNotContact", "true")), RoutingState.EMPTY, MONDAY_NOON))
                .isInstanceOf(Decision.Unrouted.class);
    }

    @Test
    void rules_match_on_region_company_size_and_score_band() {
        Routing routing = new Routing(List.of(
                new RoutingRule("big", Map.of(), Map.of("companySize", new org.leadpact.agreement.NumberRange(1000.0,
                        null)), "carol", null),
                new RoutingRule("hot-east", Map.of("region", List.of("North America / East"), "scoreBand",
                        List.of("A")), "bob", null)), "alice", null);
        Agreement a = RoutingFixture.withRouting(routing);
        assertThat(((Assign) decide(a, mql("l", Map.of()), RoutingState.EMPTY, MONDAY_NOON)).why())
                .startsWith("rule hot-east matched (").contains("region United States").contains("scoreBand A")
                .endsWith("): rep bob");
        assertThat(((Assign) decide(a, mql("l", Map.of("employees", "5000")), RoutingState.EMPTY, MONDAY_NOON))
                .rep()).isEqualTo("carol");
        assertThat(((Assign) decide(a, mql("l", Map.of("state", "CA")), RoutingState.EMPTY, MONDAY_NOON)).clause())
                .isEqualTo("routing.default");
    }
}
