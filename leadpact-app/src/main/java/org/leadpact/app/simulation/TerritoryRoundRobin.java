package org.leadpact.app.simulation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadState;

/**
 * The simulation's stand-in for routing: enterprise-segment leads to the enterprise team, others to
 * the team whose territory holds their state, the rest to inside sales; within a team, round-robin.
 * Deterministic: the same leads in the same order get the same reps. Not thread-safe (one per stream).
 */
public final class TerritoryRoundRobin implements Assignment {
    private final Company company;
    private final Map<String, String> teamOfState = new HashMap<>();
    private final Map<String, Integer> turns = new HashMap<>();

    public TerritoryRoundRobin(Company company) {
        this.company = company;
        for (Team team : Company.TEAMS) {
            team.states().forEach(state -> teamOfState.put(state, team.id()));
        }
    }

    @Override
    public Assigned assign(LeadState lead, Instant at) {
        Attributes a = lead.attributes();
        String why;
        String team;
        if (a.text("segment").filter("enterprise"::equals).isPresent()) {
            team = "enterprise-ae";
            why = "enterprise segment";
        } else {
            String state = a.text(Attributes.STATE).orElse("");
            team = teamOfState.getOrDefault(state, "inside-sales");
            why = team.equals("inside-sales") ? "no territory covers " + (state.isEmpty() ? "the lead" : state)
                    : "territory " + team + " covers " + state;
        }
        List<Rep> reps = company.team(team);
        int turn = turns.merge(team, 1, Integer::sum) - 1;
        Rep rep = reps.get(turn % reps.size());
        return new Assigned(rep.id(), why + ": team " + team + ", round-robin (simulation)");
    }
}
