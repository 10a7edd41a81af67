package org.leadpact.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh databases for tests: an embedded H2 file in a temporary folder, and a new schema on the
 * PostgreSQL at 127.0.0.1:5432 (database test, user postgres), or LEADPACT_TEST_PG_URL. When
 * PostgreSQL cannot be reached the tests fail: CI must run them, not skip them.
 */
public final class TestDatabases {
    public static final String POSTGRES = System.getenv().getOrDefault("LEADPACT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static String h2(Path dir) {
        return Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact", dir.resolve("leadpact").toString());
    }

    /** A new, empty schema; the returned URL makes it the current one. */
    public static String postgresSchema() {
        String schema = "lp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for these tests at " + POSTGRES
                    + " (set LEADPACT_TEST_PG_URL): " + e.getMessage(), e);
        }
        return POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropPostgresSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection c = DriverManager.getConnection(POSTGRES)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
