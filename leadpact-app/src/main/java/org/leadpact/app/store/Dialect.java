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
