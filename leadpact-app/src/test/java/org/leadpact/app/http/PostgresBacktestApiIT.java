package org.leadpact.app.http;

import org.leadpact.app.store.TestDatabases;

class PostgresBacktestApiIT extends BacktestApiContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
