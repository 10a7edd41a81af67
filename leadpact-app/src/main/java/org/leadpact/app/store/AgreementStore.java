package org.leadpact.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.leadpact.agreement.Signature;
import org.leadpact.agreement.Signatures;

/**
 * Agreement versions: the document as uploaded, the signatures given since, and which version is
 * active. The newest activation wins; earlier decisions keep the version they recorded.
 */
public final class AgreementStore {
    private final Database db;

    public AgreementStore(Database db) {
        this.db = db;
    }

    /** A stored version: its document and its signing and activation state. */
    public record StoredAgreement(String version, String name, String document, Instant uploadedAt, String uploadedBy,
                                  Signatures signatures, Instant activatedAt, String activatedBy) {
        public boolean active(Optional<String> activeVersion) {
            return activeVersion.filter(version::equals).isPresent();
        }
    }

    /** @return false when this version was uploaded before (versions are immutable once uploaded) */
    public boolean add(String version, String name, String document, Signatures signatures, Instant at, String by) {
        try {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO agreement_version (version, name, document, uploaded_at, "
                            + "uploaded_by, marketing_name, marketing_role, marketing_signed_at, sales_name, sales_role, "
                            + "sales_signed_at) VALUES (:version, :name, :document, :at, :by, :mName, :mRole, :mAt, "
                            + ":sName, :sRole, :sAt)")
                    .bind("version", version).bind("name", name).bind("document", document).bind("at", utc(at))
                    .bind("by", by)
                    .bind("mName", name(signatures.marketing())).bind("mRole", role(signatures.marketing()))
                    .bindByType("mAt", signedAt(signatures.marketing()), OffsetDateTime.class)
                    .bind("sName", name(signatures.sales())).bind("sRole", role(signatures.sales()))
                    .bindByType("sAt", signedAt(signatures.sales()), OffsetDateTime.class).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    public void sign(String version, String side, Signature signature) {
        String prefix = switch (side) {
            case "marketing" -> "marketing";
            case "sales" -> "sales";
            default -> throw new IllegalArgumentException("side is marketing or sales");
        };
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE agreement_version SET " + prefix + "_name = :name, " + prefix
                        + "_role = :role, " + prefix + "_signed_at = :at WHERE version = :version")
                .bind("name", signature.name()).bind("role", signature.role()).bind("at", utc(signature.signedAt()))
                .bind("version", version).execute());
    }

    public void activate(String version, Instant at, String by) {
        db.jdbi().useHandle(h -> h.createUpdate(
                        "UPDATE agreement_version SET activated_at = :at, activated_by = :by WHERE version = :version")
                .bind("at", utc(at)).bind("by", by).bind("version", version).execute());
    }

    public Optional<StoredAgreement> find(String version) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM agreement_version WHERE version = :version")
                .bind("version", version).map((rs, ctx) -> read(rs)).findOne());
    }

    public List<StoredAgreement> all() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM agreement_version ORDER BY uploaded_at, version")
                .map((rs, ctx) -> read(rs)).list());
    }

    /** The version activated most recently, if any was. */
    public Optional<StoredAgreement> active() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM agreement_version WHERE activated_at IS NOT NULL "
                + "ORDER BY activated_at DESC, version DESC").map((rs, ctx) -> read(rs)).findFirst());
    }

    /** The version of {@link #active()}, without reading its document. */
    public Optional<String> activeVersion() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM agreement_version WHERE activated_at IS NOT "
                + "NULL ORDER BY activated_at DESC, version DESC LIMIT 1").mapTo(String.class).findFirst());
    }

    private static StoredAgreement read(ResultSet rs) throws SQLException {
        Signatures signatures = new Signatures(signature(rs, "marketing"), signature(rs, "sales"));
        return new StoredAgreement(rs.getString("version"), rs.getString("name"), rs.getString("document"),
                instant(rs, "uploaded_at"), rs.getString("uploaded_by"), signatures, instant(rs, "activated_at"),
                rs.getString("activated_by"));
    }

    private static Signature signature(ResultSet rs, String side) throws SQLException {
        String name = rs.getString(side + "_name");
        return name == null ? null : new Signature(name, rs.getString(side + "_role"), instant(rs, side + "_signed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String name(Signature s) {
        return s == null ? null : s.name();
    }

    private static String role(Signature s) {
        return s == null ? null : s.role();
    }

    private static OffsetDateTime signedAt(Signature s) {
        return s == null ? null : utc(s.signedAt());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
