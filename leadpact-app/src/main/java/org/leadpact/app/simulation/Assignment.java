package org.leadpact.app.simulation;

import java.time.Instant;
import org.leadpact.lead.LeadState;

/**
 * Who receives a simulated lead when marketing hands it off. This is the seam where the routing
 * engine (the routing feature, reading the agreement's {@code routing} clause and the reps directory)
 * replaces the simulation's own {@link TerritoryRoundRobin}: give {@link Simulation} another
 * implementation.
 */
public interface Assignment {
    /** The rep for this lead at this moment, and why, in words (recorded on the hand-off). */
    Assigned assign(LeadState lead, Instant at);

    record Assigned(String rep, String why) {
    }
}
