package org.leadpact.app.store;

class PostgresLeadStoreIT extends LeadStoreContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
