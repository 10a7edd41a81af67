package org.leadpact.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A connection pool on the configured database with its schema migrated. The URL comes from
 * {@code --db}, else {@code LEADPACT_DB_URL}, else the embedded file database under ./leadpact-data.
 */
public final class Database implements AutoCloseable {
    private static final String UNIT = "unit";
    private static final String STEP = "step";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String url;

    private Database(HikariDataSource pool, Dialect dialect, String url) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.dialect = dialect;
        this.url = url;
    }

    /** The URL to use: the flag, else the environment, else the embedded default. */
    public static String url(String flag, Map<String, String> environment) {
        return Optional.ofNullable(flag).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.get("LEADPACT_DB_URL")).filter(s -> !s.isBlank()))
                .orElse(Dialect.DEFAULT_URL);
    }

    public static Database open(String url) {
        Dialect dialect = Dialect.of(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("leadpact");
        config.setMaximumPoolSize(dialect == Dialect.H2 ? 4 : 10);
        dialect.tune(config);
        String user = System.getenv("LEADPACT_DB_USER");
        if (user != null) {
            config.setUsername(user);
            config.setPassword(System.getenv("LEADPACT_DB_PASSWORD"));
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations(dialect.migrations()).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, dialect, url);
    }

    /** Units of work, each stored whole or not at all. */
    public interface Units {
        /** Runs one unit; when it fails its changes are undone and the failure thrown, the units before stay. */
        <T> T unit(Supplier<T> work);
    }

    /** Work made of units, which may fail as a whole with {@code X}. */
    public interface UnitsWork<X extends Exception> {
        void run(Units units) throws X;
    }

    /**
     * Runs {@code work} on one connection, committing after every {@code perCommit} units and at the
     * end. Every store call a unit makes joins the transaction (Jdbi hands nested calls the same handle),
     * and each unit runs in a savepoint. Committing less often is much faster (the embedded database
     * writes its file on each commit); a crash loses the units since the last commit, each one whole.
     */
    public <X extends Exception> void inUnits(int perCommit, UnitsWork<X> work) throws X {
        jdbi.useHandle(h -> {
            h.begin();
            try {
                work.run(new Units() {
                    private int done;

                    @Override
                    public <T> T unit(Supplier<T> unit) {
                        h.savepoint(UNIT);
                        T result;
                        try {
                            result = unit.get();
                        } catch (RuntimeException e) {
                            h.rollbackToSavepoint(UNIT);
                            throw e;
                        }
                        h.releaseSavepoint(UNIT);
                        if (++done % perCommit == 0) {
                            h.commit();
                            h.begin();
                        }
                        return result;
                    }
                });
                h.commit();
            } catch (Throwable t) {
                h.rollback();
                throw t;
            }
        });
    }

    /**
     * Runs {@code work} in a savepoint of the transaction in progress on {@code h}, or in a transaction of
     * its own when there is none: either way a failure undoes only what {@code work} did, and the
     * transaction around it (PostgreSQL refuses every statement after a failed one) can go on.
     */
    static <T> T inSavepoint(Handle h, Function<Handle, T> work) {
        if (!h.isInTransaction()) {
            return h.inTransaction(work::apply);
        }
        h.savepoint(STEP);
        T result;
        try {
            result = work.apply(h);
        } catch (RuntimeException e) {
            h.rollbackToSavepoint(STEP);
            throw e;
        }
        h.releaseSavepoint(STEP);
        return result;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        pool.close();
    }
}
