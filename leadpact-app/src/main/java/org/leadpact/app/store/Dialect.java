package org.leadpact.app.store;

import com.zaxxer.hikari.HikariConfig;
import java.sql.SQLException;
import java.util.Locale;

/** What differs between the embedded database and PostgreSQL; nothing else in the code may care. */
public enum Dialect {
    H2("db/migration/h2"),
    POSTGRESQL("db/migration/postgresql");

    /**
     * The embedded default: a file under ./leadpact-data, PostgreSQL-compatible, every commit written at
     * once. Each session keeps 64 parsed statements (H2 keeps 8): recording one event takes a dozen
     * different ones, and parsing them again was an eighth of an import's time.
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./leadpact-data/leadpact;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=64";

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /**
     * Whether one query can stream a very large result: PostgreSQL does, through a cursor, inside a
     * transaction with a fetch size; H2 first copies the whole result aside, so long reads go in pages.
     */
    public boolean streamsLargeResults() {
        return this == POSTGRESQL;
    }

    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:postgresql://HOST:PORT/DB or jdbc:h2:file:PATH");
    }

    /** The classpath folder of this database's Flyway migrations. */
    public String migrations() {
        return "classpath:" + migrations;
    }

    /**
     * Driver settings for this database. PostgreSQL's driver sends a batch of inserts as multi-row
     * INSERTs ({@code reWriteBatchedInserts}): an ingest batch's events reach the server in a few
     * statements instead of one round of parse, bind and execute per event.
     */
    void tune(HikariConfig config) {
        if (this == POSTGRESQL) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
    }

    /**
     * Locks the rows a query selects and passes over rows another transaction holds, so servers sharing
     * a database claim disjoint batches. PostgreSQL and H2 2.3 both say it this way (H2 with ORDER BY
     * and LIMIT); the clause is here so a database that says it differently changes one place.
     */
    public String claimRows() {
        return " FOR UPDATE SKIP LOCKED";
    }

    /**
     * Inserts rows or updates them where the key exists, in one JDBC batch per statement (one round trip
     * for a whole append): {@code INSERT ... ON CONFLICT} on PostgreSQL; on H2 (which has no ON CONFLICT
     * ... DO UPDATE) a batch of UPDATEs, then the INSERTs of rows that were not there. Columns not in
     * {@code updated} keep their values. All rows have the same columns.
     */
    public void upsertAll(org.jdbi.v3.core.Handle h, String table, String key,
                          java.util.List<java.util.Map<String, Object>> rows, java.util.List<String> updated) {
        if (rows.isEmpty()) {
            return;
        }
        java.util.Set<String> names = rows.getFirst().keySet();
        String columns = String.join(", ", names);
        String params = names.stream().map(c -> ":" + c).collect(java.util.stream.Collectors.joining(", "));
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + params + ")";
        if (this == POSTGRESQL) {
            String set = updated.stream().map(c -> c + " = EXCLUDED." + c).collect(java.util.stream.Collectors.joining(", "));
            var batch = h.prepareBatch(insert + " ON CONFLICT (" + key + ") DO UPDATE SET " + set);
            rows.forEach(r -> batch.bindMap(r).add());
            batch.execute();
            return;
        }
        String set = updated.stream().map(c -> c + " = :" + c).collect(java.util.stream.Collectors.joining(", "));
        var updates = h.prepareBatch("UPDATE " + table + " SET " + set + " WHERE " + key + " = :" + key);
        rows.forEach(r -> updates.bindMap(r).add());
        int[] changed = updates.execute();
        var inserts = h.prepareBatch(insert);
        boolean any = false;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] == 0) {
                inserts.bindMap(rows.get(i)).add();
                any = true;
            }
        }
        if (any) {
            inserts.execute();
        }
    }

    /** The same clause as {@link #claimRows()}, under the name the notification worker uses. */
    public String lockSkippingLocked() {
        return claimRows();
    }

    /** Both report a unique-key violation as SQLState 23505; the constraint name tells which key. */
    public boolean violates(SQLException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
