package org.leadpact.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API tokens. A token is 32 random bytes shown once at creation; only its SHA-256 is stored, so a
 * copy of the database does not hand out access.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Role {
        ADMIN, MARKETING, SALES_MANAGER, SALES_REP;

        public String code() {
            return org.leadpact.words.Codes.code(this);
        }

        public static Optional<Role> fromCode(String code) {
            return org.leadpact.words.Codes.fromCode(Role.class, code);
        }
    }

    /** Who a token speaks for. {@code rep} is set for sales reps: they see only the leads they own. */
    public record Holder(String id, String name, Role role, String rep) {
        public String actor() {
            return rep != null ? rep : name;
        }
    }

    public record Created(Holder holder, String token) {
    }

    private final Database db;

    public Tokens(Database db) {
        this.db = db;
    }

    public Created create(String name, Role role, String rep, Instant at) {
        if (role == Role.SALES_REP && (rep == null || rep.isBlank())) {
            throw new IllegalArgumentException("a sales-rep token names the rep (--rep)");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "lp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString().substring(0, 8);
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO api_token (id, name, role, rep, token_hash, created_at) "
                        + "VALUES (:id, :name, :role, :rep, :hash, :at)").bind("id", id).bind("name", name)
                .bind("role", role.code()).bind("rep", rep).bind("hash", hash(token))
                .bind("at", at.atOffset(ZoneOffset.UTC)).execute());
        return new Created(new Holder(id, name, role, rep), token);
    }

    /** Who holds this token, unless it is unknown or revoked. */
    public Optional<Holder> holder(String token) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, name, role, rep FROM api_token "
                        + "WHERE token_hash = :hash AND revoked_at IS NULL").bind("hash", hash(token))
                .map((rs, ctx) -> new Holder(rs.getString("id"), rs.getString("name"),
                        Role.fromCode(rs.getString("role")).orElseThrow(), rs.getString("rep"))).findOne());
    }

    public List<Holder> active() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, name, role, rep FROM api_token "
                        + "WHERE revoked_at IS NULL ORDER BY created_at, id")
                .map((rs, ctx) -> new Holder(rs.getString("id"), rs.getString("name"),
                        Role.fromCode(rs.getString("role")).orElseThrow(), rs.getString("rep"))).list());
    }

    public boolean revoke(String id, Instant at) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE api_token SET revoked_at = :at WHERE id = :id "
                + "AND revoked_at IS NULL").bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", id).execute() > 0);
    }

    public boolean any() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token WHERE revoked_at IS NULL")
                .mapTo(Integer.class).one() > 0);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
