package org.leadpact.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.Decision.Assign;

class RoutingProperties {
    private static final LeadState LEAD = RoutingFixture.mql("lead", Map.of());

    private static Agreement teamOnly(TeamPolicy policy) {
        return RoutingFixture.withRouting(new Routing(List.of(new RoutingRule("all", Map.of(), null, "t")), null, null,
                Map.of("t", policy), false, false));
    }

    private static List<Rep> team(int size) {
        List<Rep> reps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            reps.add(RoutingFixture.rep("r" + i, "t"));
        }
        return reps;
    }

    @Property(tries = 100)
    void weighted_shares_stay_within_two_leads_of_the_weights_so_shares_converge(@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 1,
            max = 6) Integer> weights, @ForAll @IntRange(min = 1, max = 300) int leads) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (int i = 0; i < weights.size(); i++) {
            w.put("r" + i, weights.get(i));
        }
        Router router = new Router(teamOnly(new TeamPolicy("t", TeamPolicy.Mode.WEIGHTED, w, null, 2, false)));
        Directory directory = Directory.of(team(weights.size()), List.of());
        Map<String, Integer> counts = new HashMap<>();
        RoutingState state = RoutingState.EMPTY;
        for (int i = 0; i < leads; i++) {
            Assign a = (Assign) router.decide(LEAD, null, directory, state, Accounts.NONE, RoutingFixture.MONDAY_NOON);
            counts.merge(a.rep(), 1, Integer::sum);
            state = a.after();
        }
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        w.forEach((rep, weight) -> assertThat(Math.abs(counts.getOrDefault(rep, 0) - (double) leads * weight / total))
                .as("%s with weight %d of %d after %d leads: %s", rep, weight, total, leads, counts).isLessThanOrEqualTo(2.0));
    }

    @Property(tries = 40)
    void caps_are_never_exceeded_and_inactive_or_away_reps_are_never_picked(
            @ForAll @IntRange(min = 1, max = 4) int perDay, @ForAll @IntRange(min = 1, max = 8) int open,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 7 * 24) Integer> hours,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4) Integer> closes) {
        Router router = new Router(teamOnly(new TeamPolicy("t", TeamPolicy.Mode.ROUND_ROBIN, Map.of(),
                new TeamPolicy.Caps(perDay, null, open), 1, false)));
        List<Rep> reps = team(4);
        reps.set(1, new Rep("r1", null, null, false, "t", null, List.of()));
        reps.set(2, RoutingFixture.rep("r2", "t").withAway(List.of(new Away(RoutingFixture.MONDAY_NOON,
                RoutingFixture.MONDAY_NOON.plusSeconds(3 * 86_400), null))));
        Directory directory = Directory.of(reps, List.of());
        RoutingState state = RoutingState.EMPTY;
        Map<String, Integer> perRepDay = new HashMap<>();
        List<Integer> sorted = hours.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            Instant at = RoutingFixture.MONDAY_NOON.plusSeconds(sorted.get(i) * 3600L);
            if (i < closes.size() && closes.get(i) < 4) {
                state = state.released("r" + closes.get(i));
            }
            Decision d = router.decide(LEAD, null, directory, state, Accounts.NONE, at);
            if (d instanceof Assign a) {
                assertThat(a.rep()).isNotEqualTo("r1");
                assertThat(reps.get(Integer.parseInt(a.rep().substring(1))).awayAt(at)).isEmpty();
                assertThat(state.load(a.rep()).open()).isLessThan(open);
                String day = a.rep() + " " + at.atZone(ZoneOffset.UTC).toLocalDate();
                assertThat(perRepDay.merge(day, 1, Integer::sum)).as(day).isLessThanOrEqualTo(perDay);
                state = a.after();
            }
        }
    }

    @Property(tries = 40)
    void decisions_are_deterministic_and_the_ledger_folds_the_same_state_from_the_assignments(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 72) Integer> hours,
            @ForAll @IntRange(min = 1, max = 3) int catchUp) {
        TeamPolicy policy = new TeamPolicy("t", TeamPolicy.Mode.WEIGHTED, Map.of("r0", 2), null, catchUp, false);
        Agreement agreement = teamOnly(policy);
        Router router = new Router(agreement);
        List<Rep> reps = team(3);
        reps.set(1, reps.get(1).withAway(List.of(new Away(RoutingFixture.MONDAY_NOON.plusSeconds(5 * 3600),
                RoutingFixture.MONDAY_NOON.plusSeconds(30 * 3600), null))));
        Directory directory = Directory.of(reps, List.of());
        RoutingLedger ledger = new RoutingLedger(v -> agreement.routing());
        RoutingState state = RoutingState.EMPTY;
        List<Integer> sorted = hours.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            Instant at = RoutingFixture.MONDAY_NOON.plusSeconds(sorted.get(i) * 3600L);
            Decision d = router.decide(LEAD, null, directory, state, Accounts.NONE, at);
            assertThat(router.decide(LEAD, null, directory, state, Accounts.NONE, at)).isEqualTo(d);
            Assign a = (Assign) d;
            ledger.apply("lead-" + i, new StageChanged(at, Stage.NEW, Stage.MQL, "qualify", LeadEngine.SYSTEM, "fit",
                    agreement.version(), "qualification", null));
            ledger.apply("lead-" + i, new OwnerAssigned(at, a.rep(), LeadEngine.SYSTEM, a.why(), agreement.version(),
                    a.clause()));
            state = a.after();
            assertThat(ledger.state()).isEqualTo(state);
        }
    }
}
