package org.leadpact.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The yardstick: PostgreSQL's {@code COPY ... FROM STDIN} of the rows an ingest writes to
 * {@code lead_event}, through the JDBC driver's CopyManager, in one transaction (autocommit). Two
 * tables with lead_event's columns: a bare one (no keys, no indexes, no identity) and one with all of
 * lead_event's keys and indexes (identity primary key, unique (lead_id, lead_version), unique event_id).
 */
final class CopyBaseline {
    private static final String COLUMNS = "lead_id, lead_version, event_id, event_type, occurred_at, recorded_at, "
            + "recorded_by, payload";

    /** Rows/s of one COPY and what it loaded. */
    record Copied(long rows, long nanos) {
        double perSecond() {
            return rows * 1e9 / nanos;
        }
    }

    private final String schemaUrl;

    /** @param schemaUrl a PostgreSQL URL whose current schema holds the server's {@code lead_event} */
    CopyBaseline(String schemaUrl) {
        this.schemaUrl = schemaUrl;
    }

    /** COPY into a fresh bare table with lead_event's columns (position given by the rows). */
    Copied bare(String csv) throws SQLException {
        return copy("CREATE TABLE lead_event_bare (LIKE lead_event)", "lead_event_bare",
                "position, " + COLUMNS, csv);
    }

    /** COPY into a fresh table with lead_event's columns, identity, keys and indexes. */
    Copied indexed(String csv) throws SQLException {
        String withoutPosition = csv.replaceAll("(?m)^\\d+,", "");
        return copy("CREATE TABLE lead_event_indexed (LIKE lead_event INCLUDING ALL)", "lead_event_indexed",
                COLUMNS, withoutPosition);
    }

    private Copied copy(String create, String table, String columns, String csv) throws SQLException {
        try (Connection c = DriverManager.getConnection(schemaUrl); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute(create);
            s.execute("CHECKPOINT"); // start every copy from the same clean state of the WAL
            long start = System.nanoTime();
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns
                    + ") FROM STDIN (FORMAT csv)", new StringReader(csv));
            long nanos = System.nanoTime() - start;
            s.execute("DROP TABLE " + table);
            return new Copied(rows, nanos);
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }
}
