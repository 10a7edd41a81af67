package org.leadpact.app.sla;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

class H2SlaClocksIT extends SlaClocksContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir);
    }
}
