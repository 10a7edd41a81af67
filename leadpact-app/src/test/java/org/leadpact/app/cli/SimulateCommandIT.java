package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;

/** leadpact simulate loads a company's history with its report facts and SLA clocks, on H2 and PostgreSQL. */
class SimulateCommandIT {
    @TempDir
    Path dir;
    String url;

    @AfterEach
    void drop() {
        if (url != null && url.startsWith("jdbc:postgresql")) {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void the_loaded_leads_come_with_their_facts_and_their_sla_clocks(String kind) {
        url = kind.equals("h2") ? TestDatabases.h2(dir.resolve("db")) : TestDatabases.postgresSchema();
        CliRun run = CliRun.of("simulate", "--leads", "300", "--months", "3", "--db", url);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generated and loaded");
        try (Database db = Database.open(url)) {
            db.jdbi().useHandle(h -> {
                int leads = h.createQuery("SELECT COUNT(*) FROM lead").mapTo(Integer.class).one();
                assertThat(leads).isEqualTo(300);
                assertThat(h.createQuery("SELECT COUNT(*) FROM lead_fact").mapTo(Integer.class).one()).isEqualTo(leads);
                int qualified = h.createQuery("SELECT COUNT(DISTINCT lead_id) FROM lead_event WHERE event_type = "
                        + "'stage-changed' AND payload LIKE '%\"to\":\"MQL\"%'").mapTo(Integer.class).one();
                int withClocks = h.createQuery("SELECT COUNT(DISTINCT lead_id) FROM sla_clock").mapTo(Integer.class).one();
                assertThat(qualified).as("leads that reached MQL").isPositive();
                assertThat(withClocks).as("every lead that reached MQL has clocks").isEqualTo(qualified);
            });
        }
    }
}
