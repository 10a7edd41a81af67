package org.leadpact.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The first answer to each write sent with an {@code Idempotency-Key}: a retry with the same key and
 * the same request gets that answer again and changes nothing.
 */
public final class IdempotencyKeys {
    private final Database db;

    public IdempotencyKeys(Database db) {
        this.db = db;
    }

    public record Answer(String requestHash, int status, String body) {
    }

    public static String hash(String method, String path, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Answer> find(String key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT request_hash, status, body FROM idempotency_key "
                        + "WHERE idem_key = :k").bind("k", key)
                .map((rs, ctx) -> new Answer(rs.getString(1), rs.getInt(2), rs.getString(3))).findOne());
    }

    /** @return false when another request stored an answer under this key first */
    public boolean remember(String key, Answer answer, Instant at) {
        try {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO idempotency_key (idem_key, request_hash, status, body, "
                            + "created_at) VALUES (:k, :hash, :status, :body, :at)").bind("k", key)
                    .bind("hash", answer.requestHash()).bind("status", answer.status()).bind("body", answer.body())
                    .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
