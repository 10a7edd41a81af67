package org.leadpact.app.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.leadpact.lead.LeadState;

/**
 * Lead states this process last wrote or read, so that deciding on a lead with a long history does not
 * read and fold the whole history again. A state is handed out only for the version the caller found
 * in the database: the log is append-only, so a state at that version is exactly the fold of the log.
 * Holds at most {@value #MAX_EVENTS} events in all; the least recently used leads go first.
 */
final class StateCache {
    /** About 60 MB of activities at the sizes the ingest benchmark sends. */
    static final int MAX_EVENTS = 200_000;

    private final Map<String, LeadState> states = new LinkedHashMap<>(1024, 0.75f, true);
    private long events;

    /** The cached state of this lead if it is at exactly this version. */
    synchronized Optional<LeadState> at(String leadId, int version) {
        LeadState state = states.get(leadId);
        return state != null && state.history().size() == version ? Optional.of(state) : Optional.empty();
    }

    /** Keeps this state unless a newer one of the same lead is kept already. */
    synchronized void put(LeadState state) {
        int size = state.history().size();
        if (size > MAX_EVENTS) {
            return;
        }
        LeadState before = states.get(state.id());
        if (before != null && before.history().size() > size) {
            return;
        }
        states.put(state.id(), state);
        events += size - (before == null ? 0 : before.history().size());
        Iterator<LeadState> oldest = states.values().iterator();
        while (events > MAX_EVENTS && oldest.hasNext()) {
            events -= oldest.next().history().size();
            oldest.remove();
        }
    }
}
