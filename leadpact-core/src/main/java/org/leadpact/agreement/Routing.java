package org.leadpact.agreement;

import java.util.List;

/** Ordered rules, first match wins; the default catches the rest. */
public record Routing(List<RoutingRule> rules, String defaultRep, String defaultTeam) {
    public static final Routing NONE = new Routing(List.of(), null, null);

    public Routing {
        rules = List.copyOf(rules);
        if (defaultRep != null && defaultTeam != null) {
            throw new IllegalArgumentException("the default goes to a rep or a team, not both");
        }
    }
}
