package org.leadpact.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.service.RoutingDesk;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LogScan;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
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

    @Test
    void with_the_company_in_the_directory_routing_gives_each_lead_a_rep_of_its_territory_and_the_story_goes_on_with_them() {
        url = newDatabaseUrl();
        MovingClock clock = new MovingClock(START);
        try (Database db = Database.open(url)) {
            AuditLog audit = new AuditLog(db);
            Agreements agreements = new Agreements(new AgreementStore(db), audit, clock);
            agreements.adopt(Simulation.agreementDocument(), "test", true);
            Simulation simulation = new Simulation(new SimulationConfig(11, 400, START.minus(Duration.ofDays(90)), START,
                    30), Simulation.defaultAgreement(), null);
            DirectoryStore directory = new DirectoryStore(db);
            simulation.company().enlist(directory, simulation.agreement().calendar(), "example.com", START);
            InFlight inFlight = new InFlight();
            BulkLoader.load(db, simulation.stream(inFlight));
            LeadStore store = new LeadStore(db);
            Map<String, Integer> loaded = versions(store);
            Leads leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, Metrics.NONE,
                    new RoutingDesk(directory, new LogScan(db), agreements));
            LiveSimulation live = new LiveSimulation(simulation, leads, clock, Duration.ofMinutes(20), inFlight);

            for (int i = 0; i < 4 * 24 * 12; i++) { // four days (Monday to Thursday), five minutes at a time
                live.step();
                clock.advance(Duration.ofMinutes(5));
            }

            assertThat(directory.teams()).hasSize(Company.TEAMS.size()).allSatisfy(t -> assertThat(
                    directory.rep(t.manager()).orElseThrow().team()).isEqualTo(t.id()));
            var agreed = simulation.agreement().calendar();
            assertThat(directory.reps()).hasSize(simulation.company().reps().size()).allSatisfy(r -> {
                var own = org.leadpact.sla.RepCalendar.of(r, agreed).orElseThrow();
                assertThat(List.of(own.timeZone(), own.holidayCountry(), own.holidays())).as("a rep's SLA calendar is "
                        + "the one the simulation works").isEqualTo(List.of(agreed.timeZone(), agreed.holidayCountry(),
                        agreed.holidays()));
                for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                    assertThat(own.workingHours().getOrDefault(day, List.of())).as("%s's hours on %s", r.id(), day)
                            .isEqualTo(agreed.workingHours().getOrDefault(day, List.of()));
                }
            });
            TerritoryRoundRobin territories = new TerritoryRoundRobin(simulation.company());
            Map<String, org.leadpact.app.simulation.Rep> reps = simulation.company().byId();
            int routed = 0;
            for (LeadProjection p : store.list(null, null, null, 10_000, 0)) {
                List<LeadEvent> history = store.history(p.id());
                LeadState before = LeadState.fold(p.id(), history.subList(0, loaded.getOrDefault(p.id(), 0)));
                LeadState state = before;
                for (LeadEvent e : history.subList(before.history().size(), history.size())) {
                    if (e instanceof OwnerAssigned o && o.clause().startsWith("routing.")
                            && !o.clause().equals(org.leadpact.routing.Router.OWNER_FIRST)) {
                        routed++;
                        String team = reps.get(territories.assign(state, o.at()).rep()).team();
                        assertThat(reps.get(o.owner()).team()).as("team of the rep routing chose for %s", p.id())
                                .isEqualTo(team);
                    }
                    if (e instanceof OwnerAssigned o && state.owner() != null && o.clause().equals("routing")) {
                        throw new AssertionError("the simulation's hand-off took " + p.id() + " from " + state.owner()
                                + ", whom routing chose, and gave it to " + o.owner());
                    }
                    if (e instanceof ActivityRecorded a && a.activity().type().isSalesTouch()) {
                        assertThat(a.activity().actor()).as("who touched %s", p.id()).isEqualTo(state.owner());
                    }
                    state = state.apply(e);
                }
            }
            assertThat(routed).as("leads routed as they qualified").isPositive();
            assertThat(live.refused()).isZero();
            assertThat(live.takenOver()).isZero();
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
