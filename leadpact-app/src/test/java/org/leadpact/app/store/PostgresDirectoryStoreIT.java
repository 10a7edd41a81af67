package org.leadpact.app.store;

class PostgresDirectoryStoreIT extends DirectoryStoreContract {
    @Override
    String newDatabaseUrl() {
        return TestDatabases.postgresSchema();
    }

    @Override
    void dropDatabase(String url) {
        TestDatabases.dropPostgresSchema(url);
    }
}
