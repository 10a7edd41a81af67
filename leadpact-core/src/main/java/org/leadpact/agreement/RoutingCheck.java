package org.leadpact.agreement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Routing clauses that each look fine but contradict: a rule no lead can reach (after a rule that
 * matches every lead), a score band the scoring model does not have, weights on a team that does not
 * share by weight, caps on a team that dispatches by hand, a daily cap above the weekly one.
 */
final class RoutingCheck {
    private RoutingCheck() {
    }

    static void problems(Agreement a, List<Problem> problems) {
        Routing routing = a.routing();
        Set<String> bands = a.scoring().bands().stream().map(Band::name).collect(Collectors.toSet());
        for (int i = 0; i < routing.rules().size(); i++) {
            RoutingRule rule = routing.rules().get(i);
            if (rule.matchesEveryLead() && i < routing.rules().size() - 1) {
                problems.add(new Problem("routing.rules[" + (i + 1) + "]", "rule " + routing.rules().get(i + 1).id()
                        + " is never reached: rule " + rule.id() + " before it matches every lead"));
            }
            for (String band : rule.when().getOrDefault("scoreBand", List.of())) {
                if (!bands.contains(band)) {
                    problems.add(new Problem("routing.rules[" + i + "].when.scoreBand", "'" + band
                            + "' is not a band of scoring.bands " + bands));
                }
            }
        }
        routing.teams().values().forEach(t -> team(t, problems));
    }

    private static void team(TeamPolicy t, List<Problem> problems) {
        String path = "routing.teams." + t.team();
        if (!t.weights().isEmpty() && t.mode() != TeamPolicy.Mode.WEIGHTED) {
            problems.add(new Problem(path + ".weights", "weights apply only to mode: weighted; team " + t.team()
                    + " is " + t.mode().code()));
        }
        if (t.mode() == TeamPolicy.Mode.DISPATCH && !t.caps().equals(TeamPolicy.Caps.NONE)) {
            problems.add(new Problem(path + ".caps", "team " + t.team() + " dispatches by hand: every lead goes to "
                    + "its dispatcher, so caps would refuse leads nobody else can take"));
        }
        TeamPolicy.Caps c = t.caps();
        if (c.perDay() != null && c.perWeek() != null && c.perDay() > c.perWeek()) {
            problems.add(new Problem(path + ".caps.perDay", "a daily cap of " + c.perDay()
                    + " can never be reached under the weekly cap of " + c.perWeek()));
        }
    }
}
