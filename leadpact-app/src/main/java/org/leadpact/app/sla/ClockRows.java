package org.leadpact.app.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.store.Dialect;
import org.leadpact.sla.Clock;
import org.leadpact.sla.Firing;

/** The sla_clock table: each clock's latest state, its next due time and what has been recorded of it. */
final class ClockRows {
    /** Columns an append rewrites; the recorded flags and created_at are the scheduler's and the first write's. */
    private static final List<String> STATE = List.of("owner", "status", "started_at", "warn_at", "due_at",
            "stopped_at", "next_due_at", "used_seconds", "paused_seconds", "within_target", "agreement_version",
            "clause", "explanation", "updated_at");

    private final Dialect dialect;

    ClockRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A claimed row: the clock's id, its lead, what is recorded of it, and when it was first stored. */
    record Claimed(String id, String leadId, Firing.Recorded recorded, Instant createdAt) {
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** What is recorded of these leads' clocks, by clock id: one query per thousand leads. */
    Map<String, Firing.Recorded> recorded(Handle h, java.util.Collection<String> leadIds) {
        Map<String, Firing.Recorded> recorded = new HashMap<>();
        List<String> ids = List.copyOf(leadIds);
        for (int i = 0; i < ids.size(); i += 1_000) {
            h.createQuery("SELECT id, warned, breached, reassigned FROM sla_clock WHERE lead_id IN (<leads>)")
                    .bindList("leads", ids.subList(i, Math.min(ids.size(), i + 1_000)))
                    .map((rs, ctx) -> Map.entry(rs.getString(1),
                            new Firing.Recorded(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))))
                    .forEach(e -> recorded.put(e.getKey(), e.getValue()));
        }
        return recorded;
    }

    /** Writes the clocks' states (keeping what was recorded) and when each next needs firing, in one batch. */
    void writeAll(Handle h, List<Map<String, Object>> rows) {
        dialect.upsertAll(h, "sla_clock", "id", rows, STATE);
    }

    static Map<String, Object> row(Clock c, Optional<Instant> next, Instant now) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("lead_id", c.leadId());
        v.put("kind", c.kind().code());
        v.put("cycle", c.cycle());
        v.put("owner", c.owner());
        v.put("status", c.status().code());
        v.put("started_at", utc(c.startedAt()));
        v.put("warn_at", utc(c.warnAt()));
        v.put("due_at", utc(c.dueAt()));
        v.put("stopped_at", utc(c.stoppedAt()));
        v.put("next_due_at", utc(next.orElse(null)));
        v.put("used_seconds", c.used().toSeconds());
        v.put("paused_seconds", c.paused().toSeconds());
        v.put("within_target", c.targetAt() == null ? null : c.withinTarget());
        v.put("agreement_version", c.agreementVersion());
        v.put("clause", c.clause());
        v.put("explanation", c.explanation());
        v.put("created_at", utc(now));
        v.put("updated_at", utc(now));
        return v;
    }

    /** Records what the scheduler did with a claimed clock. */
    void recordFiring(Handle h, String id, Firing.Recorded recorded, Optional<Instant> next, Instant now) {
        h.createUpdate("UPDATE sla_clock SET warned = :w, breached = :b, reassigned = :r, next_due_at = :next, "
                        + "updated_at = :now WHERE id = :id")
                .bind("w", recorded.warned()).bind("b", recorded.breached()).bind("r", recorded.reassigned())
                .bind("next", utc(next.orElse(null))).bind("now", utc(now)).bind("id", id).execute();
    }

    /** Up to {@code limit} clocks due by {@code now}, earliest first, locked; rows others hold are skipped. */
    List<Claimed> claim(Handle h, Instant now, int limit) {
        return h.createQuery("SELECT id, lead_id, warned, breached, reassigned, created_at FROM sla_clock "
                        + "WHERE next_due_at <= :now ORDER BY next_due_at LIMIT :limit" + dialect.claimRows())
                .bind("now", utc(now)).bind("limit", limit)
                .map((rs, ctx) -> new Claimed(rs.getString(1), rs.getString(2),
                        new Firing.Recorded(rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The earliest time any clock needs firing. */
    static Optional<Instant> earliest(Handle h) {
        return h.createQuery("SELECT MIN(next_due_at) FROM sla_clock WHERE next_due_at IS NOT NULL")
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .one();
    }
}
