package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

class RebuildCommandIT {
    @Test
    void rebuild_folds_every_lead_of_the_log_again(@TempDir Path dir) {
        String url = TestDatabases.h2(dir.resolve("db"));
        try (Database db = Database.open(url)) {
            List<LeadEvent> events = List.of(new AttributesChanged(java.time.Instant.parse("2027-01-01T00:00:00Z"),
                    java.util.Map.of("email", "a@b.example"), "test"));
            new LeadStore(db).append(LeadState.fold("lead-1", events), 0,
                    events.stream().map(LeadStore.NewEvent::of).toList(), java.time.Instant.EPOCH, "test");
        }
        CliRun run = CliRun.of("rebuild", "--db", url);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("rebuilt 1 lead(s) from the event log in ").endsWith("(h2)\n");
    }

    @Test
    void an_unsupported_database_url_is_a_clear_error() {
        CliRun run = CliRun.of("rebuild", "--db", "jdbc:mysql://localhost/leads");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("leadpact: unsupported database URL 'jdbc:mysql://localhost/leads'");
    }
}
