package org.leadpact.app.cli;

import org.leadpact.app.store.Database;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that touches the database shares (a picocli mixin). */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL (default: $LEADPACT_DB_URL, else the embedded database under ./leadpact-data).")
    String url;

    /** The URL in effect: the option, else the environment, else the embedded default. */
    String resolved() {
        return Database.url(url, System.getenv());
    }

    Database open() {
        return Database.open(resolved());
    }
}
