package org.leadpact.app.sla;

import org.leadpact.app.store.TestDatabases;

class PostgresSlaClocksIT extends SlaClocksContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
