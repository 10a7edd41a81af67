package org.leadpact.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * A connection pool on the configured database with its schema migrated. The URL comes from
 * {@code --db}, else {@code LEADPACT_DB_URL}, else the embedded file database under ./leadpact-data.
 */
public final class Database implements AutoCloseable {
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
