package org.leadpact.app.sla;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Database;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.sla.EscalationStep;

/**
 * The escalation's reassignment, acted: a lead still handed off to the rep who let its first follow-up
 * run out goes to the next rep by the routing rules, through the lead's log (an {@code OwnerAssigned}
 * with clause {@code escalation.reassignAfter}, replayable like any event; the new rep's hand-off packet
 * and first follow-up clock follow from it).
 *
 * <p>The firing transaction records the reassignment as pending ({@link RecordedEscalations}); after
 * each firing pass, this claims pending ones ({@code FOR UPDATE SKIP LOCKED}: two servers take
 * different rows), reroutes each lead in its own append and marks the row acted with its outcome. A
 * server that dies in between leaves the row pending for the next pass of any server; a row acted
 * twice (died after the reroute, before the mark) is harmless, since the reroute only moves a lead its
 * old rep still holds. Warnings and breaches are other implementations' to tell.
 */
public final class Reassignments implements Escalations {
    static final int BATCH = 100;

    private final Database db;
    private final Leads leads;
    private final Clock clock;

    public Reassignments(Database db, Leads leads, Clock clock) {
        this.db = db;
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public void warn(Handle tx, String rep, String lead, EscalationStep step) {
    }

    @Override
    public void breach(Handle tx, String rep, String manager, String lead, EscalationStep step) {
    }

    /** Recorded as pending by {@link RecordedEscalations} in {@code tx}; acted by {@link #settle}. */
    @Override
    public void reassign(Handle tx, String lead, EscalationStep step) {
    }

    /** Acts on every pending reassignment, a batch per transaction. */
    @Override
    public void settle() {
        int acted;
        do {
            acted = db.jdbi().inTransaction(this::actBatch);
        } while (acted == BATCH);
    }

    private record Pending(long position, String lead, String from, String clause, String words) {
    }

    private int actBatch(Handle h) {
        List<Pending> pending = h.createQuery("SELECT position, lead_id, rep, clause, words FROM sla_escalation "
                        + "WHERE pending = TRUE ORDER BY position LIMIT :limit" + db.dialect().lockSkippingLocked())
                .bind("limit", BATCH)
                .map((rs, ctx) -> new Pending(rs.getLong("position"), rs.getString("lead_id"), rs.getString("rep"),
                        rs.getString("clause"), rs.getString("words")))
                .list();
        for (Pending p : pending) {
            h.createUpdate("UPDATE sla_escalation SET pending = FALSE, acted_at = :at, outcome = :outcome "
                            + "WHERE position = :position")
                    .bind("at", ClockRows.utc(clock.instant())).bind("outcome", act(p)).bind("position", p.position())
                    .execute();
        }
        return pending.size();
    }

    /** The reroute, in the lead's own append (its lock, its clocks); the outcome in words. */
    private String act(Pending p) {
        if (p.from() == null) {
            return "not reassigned: the clock had no rep";
        }
        try {
            Optional<LeadState> moved = leads.rerouteAfterEscalation(p.lead(), p.from(),
                    s -> s.stage() == Stage.HANDED_OFF, p.clause(), "the SLA reassigned it from " + p.from() + ": "
                            + p.words());
            return moved.map(s -> "reassigned to " + s.owner())
                    .orElse("not reassigned: the lead had moved on, or routing found no other rep");
        } catch (Failure | IllegalStateException e) {
            org.slf4j.LoggerFactory.getLogger(Reassignments.class).warn("lead {} was not reassigned after its "
                    + "escalation: {}", p.lead(), e.getMessage());
            return truncate("not reassigned: " + e.getMessage());
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
