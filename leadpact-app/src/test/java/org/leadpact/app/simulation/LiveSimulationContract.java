package org.leadpact.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;

/** The demo's live simulation, driven by a clock the test moves: on each database. */
abstract class LiveSimulationContract {
    /** A Monday, 9:00 in New York: reps are at work. */
    private static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
    private String url;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @AfterEach
    void drop() {
        dropDatabase(url);
    }

    @Test
    void new_leads_arrive_at_the_pace_and_the_leads_left_in_progress_go_on_through_the_service_layer() {
        url = newDatabaseUrl();
        MovingClock clock = new MovingClock(START);
        try (Database db = Database.open(url)) {
            AuditLog audit = new AuditLog(db);
            Agreements agreements = new Agreements(new AgreementStore(db), audit, clock);
            agreements.adopt(Simulation.agreementDocument(), "test", true);
            Simulation simulation = new Simulation(new SimulationConfig(11, 200, START.minus(Duration.ofDays(90)), START,
                    30), Simulation.defaultAgreement(), null);
            InFlight inFlight = new InFlight();
            BulkLoader.load(db, simulation.stream(inFlight));
            LeadStore store = new LeadStore(db);
            Map<String, Integer> loaded = versions(store);
            Leads leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, Metrics.NONE);
            LiveSimulation live = new LiveSimulation(simulation, leads, clock, Duration.ofMinutes(30), inFlight);

            for (int i = 0; i < 2 * 24 * 12; i++) { // two days, five minutes at a time
                live.step();
                clock.advance(Duration.ofMinutes(5));
            }

            Map<String, Integer> now = versions(store);
            assertThat(live.arrived()).isEqualTo(96);
            assertThat(now).hasSize(200 + 96);
            assertThat(live.refused()).isZero();
            assertThat(loaded.keySet().stream().filter(id -> now.get(id) > loaded.get(id)))
                    .as("simulated leads whose story went on").hasSizeGreaterThan(5);
            assertThat(store.list(null, null, null, 1000, 0).stream().filter(p -> !loaded.containsKey(p.id()))
                    .map(LeadProjection::stage).distinct()).as("stages of the live leads").contains("new");
            assertThat(live.recorded()).isGreaterThan(96 * 2);
            assertThat(live.takenOver()).as("stories stopped though nobody else changed their lead").isZero();
        }
    }

    @Test
    void a_lead_a_person_changed_is_left_to_them_while_the_other_stories_go_on() {
        url = newDatabaseUrl();
        MovingClock clock = new MovingClock(START);
        try (Database db = Database.open(url)) {
            AuditLog audit = new AuditLog(db);
            Agreements agreements = new Agreements(new AgreementStore(db), audit, clock);
            agreements.adopt(Simulation.agreementDocument(), "test", true);
            Simulation simulation = new Simulation(new SimulationConfig(11, 200, START.minus(Duration.ofDays(90)), START,
                    30), Simulation.defaultAgreement(), null);
            InFlight inFlight = new InFlight();
            BulkLoader.load(db, simulation.stream(inFlight));
            LeadStore store = new LeadStore(db);
            Leads leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, Metrics.NONE);
            LiveSimulation live = new LiveSimulation(simulation, leads, clock, Duration.ofDays(30), inFlight);
            // A person takes every lead the bulk load left in progress: a note on each, as a person's call would be.
            for (var story : inFlight.stories()) {
                leads.record(new Leads.LeadRef(story.leadId(), null, null, null), new org.leadpact.lead.Activity(
                        org.leadpact.lead.ActivityType.PAGE_VIEW, START, "https://example.com/taken", null, null, null,
                        null, 0, null, "person"), null, "person");
            }
            Map<String, Integer> taken = versions(store);

            for (int i = 0; i < 2 * 24 * 12; i++) {
                live.step();
                clock.advance(Duration.ofMinutes(5));
            }

            Map<String, Integer> now = versions(store);
            assertThat(inFlight.stories()).isNotEmpty();
            assertThat(inFlight.stories().stream().filter(c -> !now.get(c.leadId()).equals(taken.get(c.leadId()))))
                    .as("leads the simulation changed after a person did").isEmpty();
            assertThat(live.takenOver()).isPositive();
            assertThat(live.refused()).isZero();
        }
    }

    private static Map<String, Integer> versions(LeadStore store) {
        return store.list(null, null, null, 1000, 0).stream()
                .collect(Collectors.toMap(LeadProjection::id, LeadProjection::version));
    }

    /** A clock the test moves; nothing here reads the real time. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
