package org.leadpact.app.web;

import org.leadpact.app.store.TestDatabases;

class PostgresInsightPagesIT extends InsightPagesContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
