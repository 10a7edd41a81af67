package org.leadpact.routing;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.leadpact.agreement.TeamPolicy;

/**
 * What routing remembers between decisions: each rep's load and each team's rotation. Immutable; a
 * decision returns the state after it. {@link RoutingLedger} folds it from the event log, so the same
 * history always gives the same state. (A class rather than a record so that a change copies each map
 * once: a decision is made on a state of hundreds of reps.)
 */
public final class RoutingState {
    public static final RoutingState EMPTY = new RoutingState(new HashMap<>(), new HashMap<>());

    // Never changed once built: states share the map a change leaves alone.
    private final HashMap<String, RepLoad> reps;
    private final HashMap<String, TeamTurns> teams;

    private RoutingState(HashMap<String, RepLoad> reps, HashMap<String, TeamTurns> teams) {
        this.reps = reps;
        this.teams = teams;
    }

    public static RoutingState of(Map<String, RepLoad> reps, Map<String, TeamTurns> teams) {
        return new RoutingState(new HashMap<>(reps), new HashMap<>(teams));
    }

    public Map<String, RepLoad> reps() {
        return Collections.unmodifiableMap(reps);
    }

    public Map<String, TeamTurns> teams() {
        return Collections.unmodifiableMap(teams);
    }

    public RepLoad load(String rep) {
        return reps.getOrDefault(rep, RepLoad.NONE);
    }

    public TeamTurns turns(String team) {
        return teams.getOrDefault(team, TeamTurns.NONE);
    }

    /** A new lead for the rep; an open one (routing always gives open ones) counts toward their open cap. */
    public RoutingState assigned(String rep, Instant at, boolean opens) {
        HashMap<String, RepLoad> next = new HashMap<>(reps);
        next.put(rep, load(rep).assigned(at, opens));
        return new RoutingState(next, teams);
    }

    /** One of the rep's open leads closed, went back to nurture or to someone else. */
    public RoutingState released(String rep) {
        if (load(rep).open() == 0) {
            return this;
        }
        HashMap<String, RepLoad> next = new HashMap<>(reps);
        next.put(rep, load(rep).released());
        return new RoutingState(next, teams);
    }

    /** The team's rotation gave the rep this lead. */
    public RoutingState picked(TeamPolicy policy, String rep) {
        HashMap<String, TeamTurns> next = new HashMap<>(teams);
        next.put(policy.team(), turns(policy.team()).picked(rep, policy.weight(rep), policy.catchUp()));
        return new RoutingState(reps, next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutingState s && reps.equals(s.reps) && teams.equals(s.teams);
    }

    @Override
    public int hashCode() {
        return reps.hashCode() * 31 + teams.hashCode();
    }

    @Override
    public String toString() {
        return "RoutingState[reps=" + reps + ", teams=" + teams + "]";
    }
}
