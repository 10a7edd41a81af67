package org.leadpact.routing;

/** What the router decided for a lead: a rep (with the clause and the words why), or why no one. */
public sealed interface Decision {

    /** @param after the routing state once the rep has the lead */
    record Assign(String rep, String clause, String why, RoutingState after) implements Decision {
    }

    record Unrouted(String why) implements Decision {
    }
}
