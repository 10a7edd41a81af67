package org.leadpact.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ordered rules, first match wins; the default catches the rest. {@code teams} says how each team
 * shares its leads (round-robin, weighted, dispatched by hand) and its caps; a team not listed
 * shares by strict round-robin without caps. Owner first: a lead of an account someone owns goes
 * to that owner ({@code accountOwners}), a returning lead to its previous rep ({@code returningLeads}).
 */
public record Routing(List<RoutingRule> rules, String defaultRep, String defaultTeam, Map<String, TeamPolicy> teams,
                      boolean accountOwners, boolean returningLeads) {
    public static final Routing NONE = new Routing(List.of(), null, null);

    public Routing {
        rules = List.copyOf(rules);
        teams = Collections.unmodifiableMap(new LinkedHashMap<>(teams));
        if (defaultRep != null && defaultTeam != null) {
            throw new IllegalArgumentException("the default goes to a rep or a team, not both");
        }
    }

    public Routing(List<RoutingRule> rules, String defaultRep, String defaultTeam) {
        this(rules, defaultRep, defaultTeam, Map.of(), true, true);
    }

    /** How a team shares leads: as the agreement says, else strict round-robin. */
    public TeamPolicy policy(String team) {
        return teams.getOrDefault(team, TeamPolicy.roundRobin(team));
    }

    public Optional<RoutingRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public boolean hasDefault() {
        return defaultRep != null || defaultTeam != null;
    }
}
