package org.leadpact.app.http;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.Dialect;

class H2ApiIT extends ApiContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return Dialect.DEFAULT_URL.replace("./leadpact-data/leadpact", dir.resolve("api").toString());
    }
}
