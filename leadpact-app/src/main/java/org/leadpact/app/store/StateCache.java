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
 * Holds at most {@value #MAX_EVENTS} events in all; the least recently used leads go first.
 */
final class StateCache {
    /** About 60 MB of activities at the sizes the ingest benchmark sends. */
    static final int MAX_EVENTS = 200_000;

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
        if (size > MAX_EVENTS || before != null && before.history().size() > size) {
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
        while (events > MAX_EVENTS && oldest.hasNext()) {
            Map.Entry<String, LeadState> gone = oldest.next();
            events -= gone.getValue().history().size();
            committed.remove(gone.getKey());
            oldest.remove();
        }
    }
}
