package org.leadpact.app.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2DirectoryStoreIT extends DirectoryStoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir);
    }
}
