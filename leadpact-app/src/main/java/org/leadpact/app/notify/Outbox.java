package org.leadpact.app.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.store.Database;

/**
 * The notification outbox table. Rows are added inside an append's transaction ({@link #add}); the
 * worker claims due rows, leasing them by moving their next attempt past the lease, then marks each
 * sent, failed (due again later) or dead.
 */
final class Outbox {
    private static final String COLUMNS = "id, lead_id, lead_version, rep, channel, target, status, attempts, "
            + "next_attempt_at, last_attempt_at, last_error, created_at, sent_at, notice, subject, message";
    private static final int ERROR_CHARS = 2000;

    private final Database db;

    Outbox(Database db) {
        this.db = db;
    }

    /** A new pending delivery, due at once; runs on the handle of the append it announces. */
    static void add(Handle h, String leadId, int version, String rep, Delivery.Channel channel, String target,
                    Instant at) {
        insert(h, Delivery.idOf(leadId, version, channel), leadId, version, rep, channel, target, null, at);
    }

    /**
     * A new pending escalation notice, due at once; runs in the transaction that records the clock's
     * transition. Its id comes from the notice and the recipient, so a transition is told to each person once.
     */
    static void addNotice(Handle h, String leadId, String rep, Delivery.Channel channel, String target,
                          Delivery.Notice notice, Instant at) {
        insert(h, Delivery.noticeIdOf(notice.key(), rep, channel), leadId, 0, rep, channel, target, notice, at);
    }

    private static void insert(Handle h, String id, String leadId, int version, String rep, Delivery.Channel channel,
                               String target, Delivery.Notice notice, Instant at) {
        h.createUpdate("INSERT INTO notification_outbox (" + COLUMNS + ") VALUES (:id, :lead, :version, :rep, :channel, "
                        + ":target, 'pending', 0, :at, NULL, NULL, :at, NULL, :notice, :subject, :message)")
                .bind("id", id).bind("lead", leadId).bind("version", version)
                .bind("rep", rep).bind("channel", channel.code()).bind("target", target).bind("at", utc(at))
                .bind("notice", notice == null ? "" : notice.key()).bind("subject", notice == null ? null : notice.subject())
                .bind("message", notice == null ? null : notice.text()).execute();
    }

    /**
     * Up to {@code limit} due deliveries, each counted as attempted and leased until {@code now + lease}: if
     * this process dies while sending, the row is due again when the lease ends. Rows another worker holds
     * locked are skipped, not waited for.
     */
    List<Delivery> claim(Instant now, Duration lease, int limit) {
        return db.jdbi().inTransaction(h -> {
            List<Delivery> due = h.createQuery("SELECT " + COLUMNS + " FROM notification_outbox WHERE status = 'pending' "
                            + "AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit"
                            + db.dialect().lockSkippingLocked())
                    .bind("now", utc(now)).bind("limit", limit).map((rs, ctx) -> read(rs)).list();
            for (Delivery d : due) {
                h.createUpdate("UPDATE notification_outbox SET attempts = attempts + 1, last_attempt_at = :now, "
                                + "next_attempt_at = :lease WHERE id = :id")
                        .bind("now", utc(now)).bind("lease", utc(now.plus(lease))).bind("id", d.id()).execute();
            }
            return due.stream().map(d -> new Delivery(d.id(), d.leadId(), d.leadVersion(), d.rep(), d.channel(),
                    d.target(), d.status(), d.attempts() + 1, now.plus(lease), now, d.lastError(), d.createdAt(),
                    d.sentAt(), d.notice())).toList();
        });
    }

    void sent(String id, String target, Instant at) {
        update("UPDATE notification_outbox SET status = 'sent', sent_at = :at, next_attempt_at = :at, "
                + "target = :target, last_error = NULL WHERE id = :id", id, target, at, null);
    }

    /** A failed attempt: due again at {@code next}, or given up when {@code next} is null. */
    void failed(String id, String target, String error, Instant next) {
        if (next == null) {
            update("UPDATE notification_outbox SET status = 'dead', next_attempt_at = last_attempt_at, target = :target, "
                    + "last_error = :error WHERE id = :id", id, target, null, error);
        } else {
            update("UPDATE notification_outbox SET next_attempt_at = :at, target = :target, last_error = :error "
                    + "WHERE id = :id", id, target, next, error);
        }
    }

    void suppressed(String id, String why) {
        update("UPDATE notification_outbox SET status = 'suppressed', last_error = :error WHERE id = :id", id, null,
                null, why);
    }

    private void update(String sql, String id, String target, Instant at, String error) {
        db.jdbi().useHandle(h -> {
            var u = h.createUpdate(sql).bind("id", id);
            if (sql.contains(":target")) {
                u.bind("target", target);
            }
            if (sql.contains(":at")) {
                u.bind("at", utc(at));
            }
            if (sql.contains(":error")) {
                u.bind("error", error == null || error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS));
            }
            u.execute();
        });
    }

    /** Given-up deliveries, newest first. */
    List<Delivery> dead(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification_outbox WHERE status = "
                        + "'dead' ORDER BY last_attempt_at DESC, id LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list());
    }

    /** A dead delivery pending again with a fresh schedule; empty when there is no dead delivery by that id. */
    Optional<Delivery> revive(String id, Instant now) {
        return db.jdbi().inTransaction(h -> {
            int changed = h.createUpdate("UPDATE notification_outbox SET status = 'pending', attempts = 0, "
                    + "next_attempt_at = :now WHERE id = :id AND status = 'dead'").bind("now", utc(now)).bind("id", id)
                    .execute();
            return changed == 0 ? Optional.empty() : find(h, id);
        });
    }

    Optional<Delivery> find(String id) {
        return db.jdbi().withHandle(h -> find(h, id));
    }

    private static Optional<Delivery> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> read(rs)).findOne();
    }

    /** Every delivery of a lead, oldest first. */
    List<Delivery> ofLead(String leadId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification_outbox WHERE lead_id = "
                        + ":lead ORDER BY created_at, lead_version, channel").bind("lead", leadId)
                .map((rs, ctx) -> read(rs)).list());
    }

    private static Delivery read(ResultSet rs) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("lead_id"), rs.getInt("lead_version"), rs.getString("rep"),
                Delivery.Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)), rs.getString("target"),
                Delivery.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"), rs.getString("notice").isEmpty() ? null
                        : new Delivery.Notice(rs.getString("notice"), rs.getString("subject"), rs.getString("message")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
