package org.leadpact.app.service;

import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer per lead at a time in this process: deciding on a lead and appending what was decided
 * happen under its lock, so concurrent requests for the same lead queue up instead of failing each
 * other's optimistic appends. Leads share {@value #STRIPES} locks by hash; a request for several
 * leads takes their locks in one global order, so two requests never wait on each other in a cycle.
 * Correctness does not rest on these locks (other processes do not see them): the store's version
 * check does; the locks only spare retries.
 */
final class LeadLocks {
    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    LeadLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the locks of all these leads. */
    <T> T around(Collection<String> leadIds, Supplier<T> work) {
        int[] order = leadIds.stream().mapToInt(LeadLocks::stripe).distinct().sorted().toArray();
        int held = 0;
        try {
            for (int stripe : order) {
                stripes[stripe].lock();
                held++;
            }
            return work.get();
        } finally {
            for (int i = held - 1; i >= 0; i--) {
                stripes[order[i]].unlock();
            }
        }
    }

    private static int stripe(String leadId) {
        return Math.floorMod(leadId.hashCode() * 0x9E3779B9, STRIPES);
    }
}
