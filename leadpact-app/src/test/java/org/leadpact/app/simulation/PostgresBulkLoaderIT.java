package org.leadpact.app.simulation;

import org.leadpact.app.store.TestDatabases;

class PostgresBulkLoaderIT extends BulkLoaderContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
