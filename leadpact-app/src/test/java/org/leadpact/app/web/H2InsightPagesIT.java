package org.leadpact.app.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

class H2InsightPagesIT extends InsightPagesContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir.resolve("insights"));
    }
}
