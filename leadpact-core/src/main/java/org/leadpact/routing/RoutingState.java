package org.leadpact.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.leadpact.agreement.TeamPolicy;

/**
 * What routing remembers between decisions: each rep's load and each team's rotation. Immutable; a
 * decision returns the state after it. {@link RoutingLedger} folds it from the event log, so the same
 * history always gives the same state.
 */
public record RoutingState(Map<String, RepLoad> reps, Map<String, TeamTurns> teams) {
    public static final RoutingState EMPTY = new RoutingState(Map.of(), Map.of());

    public RoutingState {
        reps = Map.copyOf(reps);
        teams = Map.copyOf(teams);
    }

    public RepLoad load(String rep) {
        return reps.getOrDefault(rep, RepLoad.NONE);
    }

    public TeamTurns turns(String team) {
        return teams.getOrDefault(team, TeamTurns.NONE);
    }

    /** A new lead for the rep; an open one (routing always gives open ones) counts toward their open cap. */
    public RoutingState assigned(String rep, Instant at, boolean opens) {
        Map<String, RepLoad> next = new HashMap<>(reps);
        next.put(rep, load(rep).assigned(at, opens));
        return new RoutingState(next, teams);
    }

    /** One of the rep's open leads closed, went back to nurture or to someone else. */
    public RoutingState released(String rep) {
        if (load(rep).open() == 0) {
            return this;
        }
        Map<String, RepLoad> next = new HashMap<>(reps);
        next.put(rep, load(rep).released());
        return new RoutingState(next, teams);
    }

    /** The team's rotation gave the rep this lead. */
    public RoutingState picked(TeamPolicy policy, String rep) {
        Map<String, TeamTurns> next = new HashMap<>(teams);
        next.put(policy.team(), turns(policy.team()).picked(rep, policy.weight(rep), policy.catchUp()));
        return new RoutingState(reps, next);
    }
}
