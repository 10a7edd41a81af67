package org.leadpact.app.simulation;

import java.util.List;

/**
 * A sales team and its territory: the states and provinces it covers (empty for a team routed by
 * segment or taking what no territory does).
 */
public record Team(String id, List<String> states, int size) {
    public Team {
        states = List.copyOf(states);
    }
}
