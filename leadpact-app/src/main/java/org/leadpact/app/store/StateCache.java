package org.leadpact.app.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadpact.lead.LeadState;

/**
 * Lead states this process last wrote or read, committed, so that deciding on a lead with a long
 * history does not read and fold the whole history again. {@link #at} hands a state out only for the
 * version the caller found in the database: the log is append-only, so a state at that version is
 * exactly the fold of the log. {@link #latest} hands out what it has, for a caller whose append the
 * log's version key refuses if the state is behind.
 * Holds at most {@link #capacityFor a number of events set by the heap} in all; the least recently used
 * leads go first. A lead that falls out costs a read and fold of its whole history the next time, so
 * a server whose active leads' histories do not fit slows down sharply (see docs/operations.md).
 */
final class StateCache {
    /** The fewest events kept: about 60 MB at the sizes the ingest benchmark sends. */
    static final long MIN_EVENTS = 200_000;
    /** What one kept event costs, about: the event, its activity and texts, its places in two lists. */
    static final long BYTES_PER_EVENT = 256;

    private final long maxEvents;

    /** A cache as large as a quarter of this JVM's heap allows. */
    StateCache() {
        this(capacityFor(Runtime.getRuntime().maxMemory()));
    }

    StateCache(long maxEvents) {
        this.maxEvents = maxEvents;
    }

    /** Events kept with a heap of this many bytes: a quarter of it, and never fewer than {@value #MIN_EVENTS}. */
    static long capacityFor(long maxHeapBytes) {
        return Math.max(MIN_EVENTS, maxHeapBytes / 4 / BYTES_PER_EVENT);
    }

    long capacity() {
        return maxEvents;
    }

    private final Map<String, LeadState> states = new LinkedHashMap<>(1024, 0.75f, true);
    /** Leads whose kept state is known committed (see {@link #latest}); the others only {@link #at} hands out. */
    private final Set<String> committed = new HashSet<>();
    private long events;

    /** The cached state of this lead if it is at exactly this version. */
    synchronized Optional<LeadState> at(String leadId, int version) {
        LeadState state = states.get(leadId);
        return state != null && state.history().size() == version ? Optional.of(state) : Optional.empty();
    }

    /**
     * The state kept of this lead, whatever its version, if it was committed when kept: the caller
     * decides on it unchecked (see {@link LeadStore#loadToDecide}).
     */
    synchronized Optional<LeadState> latest(String leadId) {
        return committed.contains(leadId) ? Optional.ofNullable(states.get(leadId)) : Optional.empty();
    }

    synchronized void forget(java.util.Collection<String> leadIds) {
        for (String id : leadIds) {
            LeadState gone = states.remove(id);
            committed.remove(id);
            events -= gone == null ? 0 : gone.history().size();
        }
    }

    /**
     * Keeps this state unless a newer one of the same lead is kept already. {@code isCommitted}: read
     * or written outside any transaction still open, so it cannot roll back.
     */
    synchronized void put(LeadState state, boolean isCommitted) {
        int size = state.history().size();
        LeadState before = states.get(state.id());
        if (size > maxEvents || before != null && before.history().size() > size) {
            return;
        }
        states.put(state.id(), state);
        if (isCommitted) {
            committed.add(state.id());
        } else {
            committed.remove(state.id());
        }
        events += size - (before == null ? 0 : before.history().size());
        Iterator<Map.Entry<String, LeadState>> oldest = states.entrySet().iterator();
        while (events > maxEvents && oldest.hasNext()) {
            Map.Entry<String, LeadState> gone = oldest.next();
            events -= gone.getValue().history().size();
            committed.remove(gone.getKey());
            oldest.remove();
        }
    }
}
