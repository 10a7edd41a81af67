package org.leadpact.app.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories a simulation cut at the end of its span, kept so the live demo can go on with them:
 * pass one to {@link Simulation#stream(InFlight)}, then to {@link LiveSimulation}.
 */
public final class InFlight {
    private final List<Continuation> stories = new ArrayList<>();

    synchronized void add(Continuation continuation) {
        stories.add(continuation);
    }

    synchronized List<Continuation> stories() {
        return List.copyOf(stories);
    }

    public synchronized int size() {
        return stories.size();
    }
}
