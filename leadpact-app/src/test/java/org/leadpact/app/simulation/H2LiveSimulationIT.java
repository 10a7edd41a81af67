package org.leadpact.app.simulation;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

class H2LiveSimulationIT extends LiveSimulationContract {
    @TempDir
    Path dir;
    private int made;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir.resolve("db" + made++));
    }
}
