package org.leadpact.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.sla.Clock;
import org.leadpact.sla.ClockKind;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.SlaContext;
import org.postgresql.PGConnection;

/**
 * The data of the clock firing benchmark. Leads that fire are real: handed off through the store (their
 * events in the log), their first follow-up clock (1 minute, warning at 80%) computed by the core and
 * copied into sla_clock. The rest of the million open clocks are rows due days later that never fire
 * during the run: they weigh on the table and its index as a full server's would.
 */
final class ClockFixture {
    static final String AGREEMENT = """
            agreement: {name: Clock benchmark, version: "bench-1", effective: 2026-01-01, term: {months: 36}}
            signatures:
              marketing: {name: Mia, role: VP Marketing, signedAt: 2025-12-01T00:00:00Z}
              sales: {name: Sol, role: VP Sales, signedAt: 2025-12-01T00:00:00Z}
            scoring:
              threshold: 30
              rules:
                - {id: pages, activity: page-view, points: 5}
            salesSla:
              firstFollowUp: {target: 1 minutes, maximum: 1 minutes}
            """;

    private ClockFixture() {
    }

    /** A lead handed off at {@code handOff}: its warning fires 48 s later, its breach 60 s later. */
    static LeadState handedOff(String id, Instant handOff) {
        List<LeadEvent> events = List.of(
                new AttributesChanged(handOff.minusSeconds(120), Map.of("email", id + "@bench.example"), "bench"),
                new StageChanged(handOff.minusSeconds(60), Stage.NEW, Stage.MQL, "qualify", "leadpact", "bench",
                        "bench-1", "scoring", null),
                new OwnerAssigned(handOff, "rep-" + (id.hashCode() & 63), "router", "bench", "bench-1", "routing"),
                new StageChanged(handOff, Stage.MQL, Stage.HANDED_OFF, "hand-off", "router", "bench", "bench-1",
                        "marketingSla.handOffWithin", null));
        return LeadState.fold(id, events);
    }

    /** Appends the leads (without clock rows: those are copied below). */
    static void append(LeadStore store, List<LeadState> leads, Instant now) {
        for (int i = 0; i < leads.size(); i += 500) {
            List<LeadStore.Append> appends = new ArrayList<>();
            for (LeadState lead : leads.subList(i, Math.min(leads.size(), i + 500))) {
                appends.add(new LeadStore.Append(lead, 0, lead.history().stream().map(LeadStore.NewEvent::of).toList()));
            }
            store.appendAll(appends, now, "bench");
        }
    }

    /** The first follow-up clock of each lead, as ClockTable would write it: due at its warning point. */
    static StringBuilder clockRows(List<LeadState> leads, Agreement agreement, SlaContext context, Instant now) {
        StringBuilder csv = new StringBuilder();
        for (LeadState lead : leads) {
            // As ClockTable does for events stamped ahead of the server's clock: judged at the latest event.
            Clock c = Clocks.of(lead, agreement, context, lead.history().getLast().at()).stream()
                    .filter(k -> k.kind() == ClockKind.FIRST_FOLLOW_UP).findFirst().orElseThrow();
            row(csv, c.id(), c.leadId(), c.kind().code(), c.owner(), c.startedAt(), c.warnAt(), c.dueAt(), c.warnAt(), now);
        }
        return csv;
    }

    /** Open clocks due between one and thirty days from now, on leads that are not in the log. */
    static StringBuilder fillerRows(int from, int until, int count, Instant now) {
        StringBuilder csv = new StringBuilder();
        for (int i = from; i < until; i++) {
            Instant due = now.plusSeconds(86_400L + (long) i * 29 * 86_400 / Math.max(1, count));
            row(csv, "filler-" + i + "/touch-cadence/1", "filler-" + i, "touch-cadence", "rep-" + (i & 63),
                    now, due.minusSeconds(3600), due, due.minusSeconds(3600), now);
        }
        return csv;
    }

    private static void row(StringBuilder csv, String id, String lead, String kind, String owner, Instant started,
                            Instant warn, Instant due, Instant next, Instant now) {
        csv.append(id).append(',').append(lead).append(',').append(kind).append(",1,").append(owner)
                .append(",running,").append(started).append(',').append(warn).append(',').append(due).append(',')
                .append(next).append(",0,0,bench-1,salesSla.firstFollowUp.maximum,bench,").append(now).append(',')
                .append(now).append('\n');
    }

    static long copy(String url, String sql, CharSequence csv) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url)) {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        }
    }

    static final String CLOCK_COPY = "COPY sla_clock (id, lead_id, kind, cycle, owner, status, started_at, warn_at, "
            + "due_at, next_due_at, used_seconds, paused_seconds, agreement_version, clause, explanation, created_at, "
            + "updated_at) FROM STDIN (FORMAT csv)";
}
