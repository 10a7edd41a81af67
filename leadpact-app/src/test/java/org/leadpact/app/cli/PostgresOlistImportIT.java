package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.TestDatabases;

/** The Olist funnel on PostgreSQL, imported twice: the second run records nothing. */
class PostgresOlistImportIT {
    String db;

    @AfterEach
    void drop() {
        if (db != null) {
            TestDatabases.dropPostgresSchema(db);
        }
    }

    @Test
    void the_olist_funnel_on_postgresql_matches_the_files_and_a_second_import_records_nothing() throws IOException {
        assumeTrue(RealDataSets.OLIST.present(), "Olist data not found");
        db = TestDatabases.postgresSchema();
        OlistImportIT.assertMatchesTheFiles(db, RealDataSets.OLIST.importInto(db));
        long events = ImportCommandIT.events(db);

        RealDataSets.Imported again = RealDataSets.OLIST.importInto(db);
        assertThat(again.out()).contains("rows already imported          8,000")
                .contains("lifecycle steps recorded           0").contains("steps already there            2,526");
        assertThat(ImportCommandIT.events(db)).isEqualTo(events);
    }
}
