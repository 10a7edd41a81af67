package org.leadpact.app.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Changes that matter beyond one lead, with who made them: readable by admins. */
public final class AuditLog {
    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    public record Entry(long position, Instant at, String actor, String action, String subject, String detail) {
    }

    public void record(Instant at, String actor, String action, String subject, String detail) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_log (at, actor, action, subject, detail) "
                        + "VALUES (:at, :actor, :action, :subject, :detail)").bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("actor", actor).bind("action", action).bind("subject", subject).bind("detail", detail).execute());
    }

    public List<Entry> latest(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM audit_log ORDER BY position DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> new Entry(rs.getLong("position"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail"))).list());
    }
}
