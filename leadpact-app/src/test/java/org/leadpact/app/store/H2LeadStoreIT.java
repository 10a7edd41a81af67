package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

class H2LeadStoreIT extends LeadStoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return TestDatabases.h2(dir);
    }

    @Test
    void what_was_committed_is_there_after_the_database_is_reopened() {
        List<LeadEvent> events = everyKindOfEvent();
        store.append(LeadState.fold("lead-1", events), 0, events.stream().map(LeadStore.NewEvent::of).toList(), T0,
                "test");
        db.close();
        try (Database reopened = Database.open(TestDatabases.h2(dir))) {
            assertThat(new LeadStore(reopened).history("lead-1")).isEqualTo(events);
        }
    }
}
