package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.TestDatabases;

/** The basic import on PostgreSQL: the same file twice gives the same log. */
class PostgresImportIT {
    String db;

    @BeforeEach
    void schema() {
        db = TestDatabases.postgresSchema();
    }

    @AfterEach
    void drop() {
        TestDatabases.dropPostgresSchema(db);
    }

    @Test
    void importing_the_same_file_twice_gives_the_same_log_on_postgresql() {
        CliRun first = CliRun.of("import", ImportCommandIT.LEADS, "--mapping", ImportCommandIT.MAPPING, "--agreement",
                ImportCommandIT.AGREEMENT, "--db", db);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ImportCommand.ROWS_REJECTED);
        assertThat(first.out()).contains("leads created                      4");
        long events = ImportCommandIT.events(db);
        assertThat(events).isPositive();

        CliRun again = CliRun.of("import", ImportCommandIT.LEADS, "--mapping", ImportCommandIT.MAPPING, "--db", db);
        assertThat(again.out()).contains("rows already imported              5");
        assertThat(ImportCommandIT.events(db)).isEqualTo(events);
        assertThat(ImportCommandIT.leads(db)).hasSize(4);
    }
}
