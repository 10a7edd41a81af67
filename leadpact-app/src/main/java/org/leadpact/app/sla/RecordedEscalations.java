package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.leadpact.agreement.Recipient;
import org.leadpact.app.store.Database;
import org.leadpact.sla.EscalationStep;

/**
 * Escalations as rows of sla_escalation, one per clock and step (a unique key makes a second one
 * impossible): the durable record the API lists, with the manager a breach went to.
 */
public final class RecordedEscalations implements Escalations {
    private final Database db;
    private final Clock clock;

    public RecordedEscalations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void warn(Handle tx, String rep, String lead, EscalationStep step) {
        insert(tx, rep, null, step, step.clock().warnAt());
    }

    @Override
    public void breach(Handle tx, String rep, String manager, String lead, EscalationStep step) {
        insert(tx, rep, manager, step, step.clock().dueAt());
    }

    @Override
    public void reassign(Handle tx, String lead, EscalationStep step) {
        insert(tx, step.clock().owner(), null, step, step.clock().reassignAt());
    }

    private void insert(Handle tx, String rep, String manager, EscalationStep step, Instant due) {
        tx.createUpdate("INSERT INTO sla_escalation (clock_id, step, lead_id, kind, rep, manager, recipients, clause, "
                        + "agreement_version, words, due_at, recorded_at, pending) VALUES (:clock, :step, :lead, :kind, :rep, "
                        + ":manager, :recipients, :clause, :version, :words, :due, :at, :pending)")
                .bind("clock", step.clock().id()).bind("step", step.kind().code()).bind("lead", step.clock().leadId())
                .bind("kind", step.clock().kind().code()).bind("rep", rep).bind("manager", manager)
                .bind("recipients", step.recipients().stream().map(Recipient::code).collect(Collectors.joining(",")))
                .bind("clause", step.clause()).bind("version", step.clock().agreementVersion())
                .bind("words", step.words())
                // A reassignment is routing's to act once this commits (Reassignments): pending until then, crash or not.
                .bind("pending", step.kind() == EscalationStep.Kind.REASSIGN).bind("due", ClockRows.utc(due)).bind("at", ClockRows.utc(clock.instant()))
                .execute();
    }

    /** The latest escalations, newest first; of one lead when {@code leadId} is set. */
    public List<Map<String, Object>> latest(String leadId, int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sla_escalation WHERE (:lead IS NULL OR "
                        + "lead_id = :lead) ORDER BY position DESC LIMIT :limit").bind("lead", leadId)
                .bind("limit", limit).map((rs, ctx) -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("clock", rs.getString("clock_id"));
                    row.put("step", rs.getString("step"));
                    row.put("leadId", rs.getString("lead_id"));
                    row.put("kind", rs.getString("kind"));
                    row.put("rep", rs.getString("rep"));
                    row.put("manager", rs.getString("manager"));
                    String to = rs.getString("recipients");
                    row.put("recipients", to.isEmpty() ? List.of() : List.of(to.split(",")));
                    row.put("clause", rs.getString("clause"));
                    row.put("agreementVersion", rs.getString("agreement_version"));
                    row.put("words", rs.getString("words"));
                    row.put("dueAt", rs.getObject("due_at", OffsetDateTime.class).toInstant().toString());
                    row.put("recordedAt", rs.getObject("recorded_at", OffsetDateTime.class).toInstant().toString());
                    if (rs.getBoolean("pending") || rs.getString("outcome") != null) {
                        row.put("pending", rs.getBoolean("pending"));
                        OffsetDateTime acted = rs.getObject("acted_at", OffsetDateTime.class);
                        row.put("actedAt", acted == null ? null : acted.toInstant().toString());
                        row.put("outcome", rs.getString("outcome"));
                    }
                    return row;
                })
                .list());
    }
}
