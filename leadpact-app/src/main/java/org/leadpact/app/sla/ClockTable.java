package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadState;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.Firing;

/**
 * Keeps sla_clock in step with the log: on every append, in its transaction, the lead's clocks are
 * computed again (under the active agreement, at the server's now) and written with their next due
 * time. A lead that never reached MQL has no clocks and costs nothing here, nor does an append of
 * marketing engagement alone.
 */
public final class ClockTable implements LeadStore.AppendListener {
    private final ClockRows rows;
    private final SlaContexts contexts;
    private final Clock clock;
    private volatile Consumer<Instant> onNextDue = at -> { };

    public ClockTable(Database db, SlaContexts contexts, Clock clock) {
        this.rows = new ClockRows(db.dialect());
        this.contexts = contexts;
        this.clock = clock;
    }

    /** Told of the earliest next due time an append wrote (the scheduler wakes up for it). */
    public void onNextDue(Consumer<Instant> listener) {
        this.onNextDue = listener;
    }

    /** Marketing engagement moves no clock (see {@link Clocks#bearsOn}): the lead's rows stay as they are. */
    @Override
    public boolean concerns(org.leadpact.lead.LeadEvent event) {
        return Clocks.bearsOn(event);
    }

    @Override
    public void appended(Handle h, List<LeadState> states) {
        Optional<SlaContexts.Judged> judged = Optional.empty();
        Instant now = clock.instant();
        Map<String, List<org.leadpact.sla.Clock>> byLead = new java.util.LinkedHashMap<>();
        for (LeadState state : states) {
            if (state.lastStageChange().isEmpty()) {
                continue;
            }
            judged = judged.isPresent() ? judged : contexts.active();
            if (judged.isEmpty()) {
                return;
            }
            // An event stamped a little ahead of this server's clock (another machine's) still counts.
            Instant latest = state.history().getLast().at();
            var clocks = Clocks.of(state, judged.get().agreement(), judged.get().context(),
                    latest.isAfter(now) ? latest : now);
            if (!clocks.isEmpty()) {
                byLead.put(state.id(), clocks);
            }
        }
        if (byLead.isEmpty()) {
            return;
        }
        // One read and one batched write for the whole append, not two round trips per lead.
        Map<String, Firing.Recorded> recorded = rows.recorded(h, byLead.keySet());
        List<Map<String, Object>> written = new java.util.ArrayList<>();
        Instant earliest = null;
        for (var clocks : byLead.values()) {
            for (var c : clocks) {
                Optional<Instant> next = Firing.next(c, recorded.getOrDefault(c.id(), Firing.Recorded.NOTHING));
                written.add(ClockRows.row(c, next, now));
                if (next.isPresent() && (earliest == null || next.get().isBefore(earliest))) {
                    earliest = next.get();
                }
            }
        }
        // In id order, so two appends touching the same clocks lock them in the same order.
        written.sort(java.util.Comparator.comparing(r -> (String) r.get("id")));
        rows.writeAll(h, written);
        if (earliest != null) {
            onNextDue.accept(earliest);
        }
    }
}
