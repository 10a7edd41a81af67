package org.leadpact.app.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.lifecycle.Command;

/**
 * The SLA parts of one server wired by hand on a database, with a settable clock, and an agreement
 * whose clocks are easy to work out: New York split shifts (09:00-12:00, 13:00-17:00 on weekdays),
 * US holidays, a first follow-up within 24 business hours, reassignment 4 business hours after a breach.
 */
final class SlaServer implements AutoCloseable {
    static final String AGREEMENT = """
            agreement:
              name: Clock test agreement
              version: "clocks-1"
              effective: 2027-01-01
              term:
                months: 12
            signatures:
              marketing: {name: Mia, role: VP Marketing, signedAt: 2026-12-01T00:00:00Z}
              sales: {name: Sol, role: VP Sales, signedAt: 2026-12-01T00:00:00Z}
            scoring:
              threshold: 30
              rules:
                - {id: pages, activity: page-view, points: 5}
            fastTrack: [demo-request]
            routing:
              default: {rep: bob}
            salesSla:
              firstFollowUp: {target: 30 minutes, maximum: 24 business hours}
            calendar:
              timeZone: America/New_York
              workingHours:
                monday: "09:00-12:00, 13:00-17:00"
                tuesday: "09:00-12:00, 13:00-17:00"
                wednesday: "09:00-12:00, 13:00-17:00"
                thursday: "09:00-12:00, 13:00-17:00"
                friday: "09:00-12:00, 13:00-17:00"
              holidays: {country: US}
            escalation:
              reassignAfter: 4 business hours
            """;
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final Database db;
    final SettableClock clock;
    final LeadStore store;
    final Leads leads;
    final SlaContexts contexts;
    final DirectoryStore directory;
    final RecordedEscalations escalations;

    SlaServer(String url, SettableClock clock) {
        this.db = Database.open(url);
        this.clock = clock;
        this.store = new LeadStore(db);
        AuditLog audit = new AuditLog(db);
        Agreements agreements = new Agreements(new AgreementStore(db), audit, clock);
        this.directory = new DirectoryStore(db);
        this.contexts = new SlaContexts(agreements, directory, new LostCycles(db), clock);
        store.onAppend(new ClockTable(db, contexts, clock));
        this.leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, Metrics.NONE);
        this.escalations = new RecordedEscalations(db, clock);
        agreements.adopt(AGREEMENT, "test", false);
    }

    ClockScheduler scheduler(int batch) {
        return new ClockScheduler(db, store, contexts, escalations, clock, batch);
    }

    /** A scheduler whose reassignments routing acts on (as the server's), with routing over the directory. */
    ClockScheduler actingScheduler() {
        Agreements agreements = new Agreements(new AgreementStore(db), new AuditLog(db), clock);
        Leads routed = new Leads(store, new VisitorInbox(db), agreements, new AuditLog(db), clock, Metrics.NONE,
                new org.leadpact.app.service.RoutingDesk(directory, new org.leadpact.app.store.LogScan(db), agreements));
        return new ClockScheduler(db, store, contexts, new EscalationChain(java.util.List.of(escalations,
                new Reassignments(db, routed, clock))), clock, ClockScheduler.BATCH);
    }

    static Instant ny(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    /** A fitting lead asks for a demo at {@code at} (qualifying at once) and is handed to alice a minute later. */
    String handedOff(String name, Instant at) {
        clock.set(at);
        return imported(name, at, true);
    }

    /** The same history recorded now, whatever the clock says (an import of old leads). */
    String imported(String name, Instant at) {
        return imported(name, at, false);
    }

    private String imported(String name, Instant at, boolean live) {
        String id = leads.upsert(null, Map.of("firstName", name, "lastName", "Lee", "company", "Northwind",
                "email", name + "@northwind.example"), at, null, "test").leadId();
        leads.record(new Leads.LeadRef(id, null, null, null),
                org.leadpact.lead.Activity.of(org.leadpact.lead.ActivityType.DEMO_REQUEST, at), null, "test");
        if (live) {
            clock.set(at.plusSeconds(60));
        }
        leads.act(id, new Command.HandOff(at.plusSeconds(60), "alice", "router", "test"), "router");
        return id;
    }

    int escalationCount(String step) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sla_escalation WHERE step = :s")
                .bind("s", step).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
