package org.leadpact.app.http;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

class H2BacktestApiIT extends BacktestApiContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir.resolve("backtest"));
    }
}
