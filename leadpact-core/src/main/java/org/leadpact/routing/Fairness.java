package org.leadpact.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.TeamPolicy;

/**
 * How evenly a set of assignments spread over each team: every active member's share of the team's
 * leads next to the share its weight promises (weights of the team's policy, over its active members),
 * and the largest deviation in percentage points.
 */
public record Fairness(List<RepShare> reps, double maxDeviation, String worstTeam) {

    /** One rep's leads and shares; {@code team} null for a rep outside any team. */
    public record RepShare(String team, String rep, int leads, double share, double weightShare, double deviation) {
    }

    public static Fairness of(List<DryRun.Routed> routed, Routing routing, Directory directory) {
        Map<String, Integer> counts = new TreeMap<>();
        routed.stream().filter(r -> r.rep() != null).forEach(r -> counts.merge(r.rep(), 1, Integer::sum));
        List<RepShare> shares = new ArrayList<>();
        double worst = 0;
        String worstTeam = null;
        for (Team team : teams(directory, counts)) {
            TeamPolicy policy = routing.policy(team.id());
            List<Rep> members = directory.members(team.id()).stream().filter(Rep::active).toList();
            int total = members.stream().mapToInt(r -> counts.getOrDefault(r.id(), 0)).sum();
            int weights = members.stream().mapToInt(r -> policy.weight(r.id())).sum();
            for (Rep r : members) {
                int n = counts.getOrDefault(r.id(), 0);
                double share = total == 0 ? 0 : 100.0 * n / total;
                double expected = 100.0 * policy.weight(r.id()) / weights;
                double deviation = total == 0 ? 0 : share - expected;
                shares.add(new RepShare(team.id(), r.id(), n, share, expected, deviation));
                if (Math.abs(deviation) > worst) {
                    worst = Math.abs(deviation);
                    worstTeam = team.id();
                }
            }
        }
        counts.forEach((rep, n) -> {
            if (directory.rep(rep).map(Rep::team).isEmpty()) {
                shares.add(new RepShare(null, rep, n, 0, 0, 0));
            }
        });
        return new Fairness(List.copyOf(shares), worst, worstTeam);
    }

    /** The teams that received any of these leads, in order of id. */
    private static List<Team> teams(Directory directory, Map<String, Integer> counts) {
        Map<String, Team> teams = new LinkedHashMap<>();
        for (Team t : directory.teams()) {
            if (directory.members(t.id()).stream().anyMatch(r -> counts.containsKey(r.id()))) {
                teams.put(t.id(), t);
            }
        }
        return List.copyOf(teams.values());
    }
}
