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
     * Whether rows go in through {@code COPY ... FROM STDIN} (PostgreSQL), rather than batched inserts.
     */
    public boolean copiesRows() {
        return this == POSTGRESQL;
    }

    /**
     * Inserts rows or updates them where the key exists, all in one statement or one JDBC batch. On
     * PostgreSQL one {@code INSERT ... SELECT FROM unnest(arrays) ON CONFLICT ... DO UPDATE}: a column
     * per array, so the statement is parsed and planned once however many rows there are (a batch
     * costs the server a bind and an execute per row). On H2 (which has no ON CONFLICT ... DO UPDATE) a
     * batch of UPDATEs, then the INSERTs of rows that were not there. Columns not in {@code updated}
     * keep their values. All rows have the same columns, and no two the same key.
     */
    public void upsertAll(org.jdbi.v3.core.Handle h, String table, String key,
                          java.util.List<java.util.Map<String, Object>> rows, java.util.List<String> updated) {
        if (rows.isEmpty()) {
            return;
        }
        java.util.List<String> names = java.util.List.copyOf(rows.getFirst().keySet());
        String columns = String.join(", ", names);
        if (this == POSTGRESQL) {
            java.util.Map<String, String> types = columnTypes(h, table);
            String arrays = names.stream().map(c -> "CAST(:" + c + " AS " + types.get(c) + "[])")
                    .collect(java.util.stream.Collectors.joining(", "));
            String set = updated.stream().map(c -> c + " = EXCLUDED." + c)
                    .collect(java.util.stream.Collectors.joining(", "));
            var upsert = h.createUpdate("INSERT INTO " + table + " (" + columns + ") SELECT * FROM unnest(" + arrays
                    + ") ON CONFLICT (" + key + ") DO UPDATE SET " + set);
            bindColumns(upsert, names, rows);
            upsert.execute();
            return;
        }
        String params = names.stream().map(c -> ":" + c).collect(java.util.stream.Collectors.joining(", "));
        String insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + params + ")";
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

    /**
     * Updates the rows of these keys (each row's columns but the key), in one statement on PostgreSQL
     * ({@code UPDATE ... FROM unnest(arrays)}) and one batch elsewhere. Returns the keys of the rows
     * that did not exist, which are left alone.
     */
    public java.util.Set<String> updateAll(org.jdbi.v3.core.Handle h, String table, String key,
                                           java.util.List<java.util.Map<String, Object>> rows) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        if (rows.isEmpty()) {
            return missing;
        }
        java.util.List<String> names = java.util.List.copyOf(rows.getFirst().keySet());
        java.util.List<String> set = names.stream().filter(c -> !c.equals(key)).toList();
        rows.forEach(r -> missing.add(r.get(key).toString()));
        if (this == POSTGRESQL) {
            java.util.Map<String, String> types = columnTypes(h, table);
            String arrays = names.stream().map(c -> "CAST(:" + c + " AS " + types.get(c) + "[])")
                    .collect(java.util.stream.Collectors.joining(", "));
            var update = h.createUpdate("UPDATE " + table + " SET " + set.stream().map(c -> c + " = v." + c)
                    .collect(java.util.stream.Collectors.joining(", ")) + " FROM unnest(" + arrays + ") AS v("
                    + String.join(", ", names) + ") WHERE " + table + "." + key + " = v." + key);
            bindColumns(update, names, rows);
            if (update.execute() < rows.size()) { // rare: ask which rows are missing
                h.createQuery("SELECT " + key + " FROM " + table + " WHERE " + key + " IN (<keys>)")
                        .bindList("keys", java.util.List.copyOf(missing)).mapTo(String.class).forEach(missing::remove);
                return missing;
            }
            missing.clear();
            return missing;
        }
        var updates = h.prepareBatch("UPDATE " + table + " SET " + set.stream().map(c -> c + " = :" + c)
                .collect(java.util.stream.Collectors.joining(", ")) + " WHERE " + key + " = :" + key);
        rows.forEach(r -> updates.bindMap(r).add());
        int[] changed = updates.execute();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] != 0) {
                missing.remove(rows.get(i).get(key).toString());
            }
        }
        return missing;
    }

    /** Binds each column's values as one text array (cast to the column's type by the statement). */
    private static void bindColumns(org.jdbi.v3.core.statement.SqlStatement<?> statement, java.util.List<String> names,
                                    java.util.List<java.util.Map<String, Object>> rows) {
        for (String c : names) {
            String[] values = new String[rows.size()];
            for (int i = 0; i < values.length; i++) {
                Object v = rows.get(i).get(c);
                values[i] = v == null ? null : v.toString();
            }
            statement.bindArray(c, String.class, (Object[]) values);
        }
    }

    /**
     * Whether the database gave up on a transaction that may succeed if tried again: a deadlock
     * (two writers that lock the same rows in different orders, such as two servers) or a
     * serialization failure.
     */
    public boolean isTransient(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SQL type of each column of a table in the current schema, without length (the element type
     * of {@link #upsertAll}'s arrays). Every schema is made by the same migrations, so the answer is
     * kept per table name.
     */
    private java.util.Map<String, String> columnTypes(org.jdbi.v3.core.Handle h, String table) {
        return COLUMN_TYPES.computeIfAbsent(table, t -> h.createQuery("SELECT a.attname, format_type(a.atttypid, NULL) "
                        + "FROM pg_attribute a WHERE a.attrelid = to_regclass(:table) AND a.attnum > 0 "
                        + "AND NOT a.attisdropped")
                .bind("table", t).reduceRows(new java.util.HashMap<String, String>(), (types, row) -> {
                    types.put(row.getColumn(1, String.class), row.getColumn(2, String.class));
                    return types;
                }));
    }

    private static final java.util.Map<String, java.util.Map<String, String>> COLUMN_TYPES =
            new java.util.concurrent.ConcurrentHashMap<>();

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
