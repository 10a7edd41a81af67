package org.leadpact.app.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.app.sla.SlaServer.ny;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.routing.Away;
import org.leadpact.routing.Rep;
import org.leadpact.routing.WorkingHours;

/**
 * Durable clocks on a real database: kept in step with appends, fired once each across servers, fired
 * after a restart, quiet about what was already past when the lead arrived. Run on H2 and PostgreSQL.
 */
abstract class SlaClocksContract {
    /** Monday 1 March 2027, 09:00 in New York. */
    static final Instant MONDAY = ny("2027-03-01T09:00");

    SlaServer server;
    String url;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void open() {
        url = newDatabaseUrl();
        server = new SlaServer(url, new SettableClock(MONDAY));
    }

    @AfterEach
    void close() {
        server.close();
        dropDatabase(url);
    }

    private Map<String, Object> row(String clockId) {
        return server.db.jdbi().withHandle(h -> h.createQuery("SELECT status, next_due_at, warned, breached, "
                + "reassigned, clause, agreement_version FROM sla_clock WHERE id = :id").bind("id", clockId).mapToMap().one());
    }

    @Test
    void a_hand_off_writes_the_leads_clocks_with_their_next_due_times_in_the_same_transaction() {
        String lead = server.handedOff("dana", MONDAY);
        Map<String, Object> followUp = row(lead + "/first-follow-up/1");
        assertThat(followUp.get("status")).isEqualTo("running");
        assertThat(followUp.get("clause")).isEqualTo("salesSla.firstFollowUp.maximum");
        assertThat(followUp.get("agreement_version")).isEqualTo("clocks-1");
        // 80% of 24 business hours from 09:01 Monday: 19h12m of working time ends Wednesday 15:13.
        assertThat(((java.time.OffsetDateTime) server.db.jdbi().withHandle(h -> h.createQuery(
                "SELECT next_due_at FROM sla_clock WHERE id = :id").bind("id", lead + "/first-follow-up/1")
                .mapTo(java.time.OffsetDateTime.class).one())).toInstant()).isEqualTo(ny("2027-03-03T15:13"));
        assertThat(row(lead + "/marketing-delivery/1").get("status")).isEqualTo("met");
        assertThat(row(lead + "/marketing-delivery/1").get("next_due_at")).isNull();
    }

    @Test
    void the_warning_fires_once_then_the_breach_and_the_reassignment_each_once() {
        String lead = server.handedOff("dana", MONDAY);
        ClockScheduler scheduler = server.scheduler(ClockScheduler.BATCH);
        server.clock.set(ny("2027-03-03T15:13"));
        scheduler.fireDue();
        scheduler.fireDue();
        assertThat(server.escalations.latest(lead, 10)).singleElement().satisfies(e -> {
            assertThat(e.get("step")).isEqualTo("warning");
            assertThat(e.get("rep")).isEqualTo("alice");
            assertThat(e.get("recipients")).isEqualTo(List.of("rep"));
            assertThat((String) e.get("words")).contains("salesSla.warnAt", "agreement clocks-1");
        });
        server.clock.set(ny("2027-03-05T09:01")); // due Thursday 13:01, reassignment 4 business hours later
        scheduler.fireDue();
        scheduler.fireDue();
        assertThat(server.escalations.latest(lead, 10)).extracting(e -> e.get("step"))
                .containsExactly("reassign", "breach", "warning");
        assertThat(row(lead + "/first-follow-up/1")).containsEntry("breached", true).containsEntry("reassigned", true)
                .containsEntry("next_due_at", null);
    }

    @Test
    void a_reassignment_recorded_by_a_server_that_died_before_acting_is_done_by_the_next_pass() {
        server.directory.save(new Rep("alice", null, null, true, null, null, List.of()), MONDAY);
        server.directory.save(new Rep("bob", null, null, true, null, null, List.of()), MONDAY);
        String lead = server.handedOff("dana", MONDAY);
        server.clock.set(ny("2027-03-05T09:01"));
        // This server records the reassignment in the firing transaction, then dies before routing acts.
        server.scheduler(ClockScheduler.BATCH).fireDue();
        assertThat(server.escalations.latest(lead, 1)).singleElement().satisfies(e -> {
            assertThat(e.get("step")).isEqualTo("reassign");
            assertThat(e.get("pending")).isEqualTo(true);
        });
        assertThat(server.leads.load(lead).owner()).isEqualTo("alice");

        server.clock.set(ny("2027-03-05T09:05"));
        try (SlaServer restarted = new SlaServer(url, server.clock)) {
            ClockScheduler scheduler = restarted.actingScheduler();
            scheduler.fireDue();
            scheduler.fireDue();
        }
        var after = server.leads.load(lead);
        assertThat(after.owner()).isEqualTo("bob");
        assertThat(after.history().stream().filter(e -> e instanceof org.leadpact.lead.OwnerAssigned o
                && "escalation.reassignAfter".equals(o.clause()))).as("reassigned once").hasSize(1);
        assertThat(server.escalations.latest(lead, 1)).singleElement().satisfies(e -> {
            assertThat(e.get("pending")).isEqualTo(false);
            assertThat(e.get("outcome")).isEqualTo("reassigned to bob");
            assertThat(e.get("actedAt")).isEqualTo(ny("2027-03-05T09:05").toString());
        });
        // bob's own first follow-up runs from the reassignment; alice's stays breached.
        assertThat(row(lead + "/first-follow-up/1")).containsEntry("status", "breached");
        assertThat(row(lead + "/first-follow-up/2")).containsEntry("status", "running");
    }

    @Test
    void a_touch_before_the_warning_point_stops_the_clock_and_nothing_fires() {
        String lead = server.handedOff("dana", MONDAY);
        server.clock.set(MONDAY.plus(Duration.ofMinutes(20)));
        server.leads.record(new org.leadpact.app.service.Leads.LeadRef(lead, null, null, null),
                new Activity(ActivityType.SALES_CALL, MONDAY.plus(Duration.ofMinutes(20)), null, null, null, null,
                        null, 0, null, "alice"), null, "alice");
        assertThat(row(lead + "/first-follow-up/1")).containsEntry("status", "met").containsEntry("next_due_at", null);
        server.clock.set(ny("2027-03-10T09:00"));
        server.scheduler(ClockScheduler.BATCH).fireDue();
        assertThat(server.escalations.latest(lead, 10)).extracting(e -> e.get("kind")).doesNotContain("first-follow-up");
    }

    @Test
    void two_schedulers_on_one_database_never_fire_a_clock_twice() throws Exception {
        List<String> leads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            leads.add(server.handedOff("rep" + i, MONDAY.plusSeconds(i)));
        }
        server.clock.set(ny("2027-03-05T10:00"));
        try (SlaServer second = new SlaServer(url, server.clock)) {
            List<Callable<Integer>> both = List.of(() -> server.scheduler(4).fireDue(), () -> second.scheduler(4).fireDue());
            var pool = Executors.newFixedThreadPool(2);
            try {
                for (Future<Integer> f : pool.invokeAll(both)) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        for (String step : List.of("warning", "breach", "reassign")) {
            assertThat(server.escalationCount(step)).as(step).isEqualTo(leads.size());
        }
    }

    @Test
    void a_restarted_server_fires_at_once_what_came_due_while_it_was_down() {
        String lead = server.handedOff("dana", MONDAY);
        server.clock.set(ny("2027-03-04T14:00")); // the server was down over the warning and the breach
        try (ClockScheduler restarted = server.scheduler(ClockScheduler.BATCH).start()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (server.escalations.latest(lead, 10).size() < 2 && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        }
        assertThat(server.escalations.latest(lead, 10)).extracting(e -> e.get("step"))
                .containsExactly("breach", "warning");
    }

    private java.time.Instant instant(String clockId, String column) {
        return server.db.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM sla_clock WHERE id = :id")
                .bind("id", clockId).mapTo(java.time.OffsetDateTime.class).one()).toInstant();
    }

    @Test
    void a_rep_in_berlin_runs_their_clocks_on_berlin_hours_and_german_holidays() {
        server.directory.save(new Rep("alice", null, null, true, "east",
                WorkingHours.parse("Mon-Fri 09:00-17:00", "Europe/Berlin"), List.of(), null, "DE"), MONDAY);
        // Thursday 25 March 2027, 09:01 in New York = 14:01 in Berlin. Good Friday and Easter Monday are
        // German holidays (not American ones), and Berlin moves to summer time on the Sunday between.
        String lead = server.handedOff("dana", ny("2027-03-25T09:00"));
        // 24 business hours at 8 a day: Thu 2h59m, Tue 30 8h, Wed 31 8h, Thu 1 April 5h01m: 14:01 CEST.
        assertThat(instant(lead + "/first-follow-up/1", "due_at")).isEqualTo(Instant.parse("2027-04-01T12:01:00Z"));
        // 80% (19h12m): Thu 2h59m, Tue 8h, Wed 8h, then 13 minutes on Thursday: 09:13 CEST.
        assertThat(instant(lead + "/first-follow-up/1", "next_due_at")).isEqualTo(Instant.parse("2027-04-01T07:13:00Z"));
        assertThat(instant(lead + "/marketing-delivery/1", "due_at")).as("marketing's clock keeps the agreement's")
                .isNotNull();
    }

    @Test
    void an_absence_reported_after_the_hand_off_pauses_the_clock_and_the_breach_goes_to_the_teams_manager() {
        server.directory.save(new org.leadpact.routing.Team("east", "East", "sam", null), MONDAY);
        server.directory.save(new Rep("alice", null, null, true, "east", null, List.of()), MONDAY);
        server.directory.save(new Rep("sam", null, null, true, "east", null, List.of()), MONDAY);
        String lead = server.handedOff("dana", MONDAY);
        String clock = lead + "/first-follow-up/1";
        assertThat(instant(clock, "next_due_at")).isEqualTo(ny("2027-03-03T15:13")); // the warning, as planned
        server.directory.addAway("alice", new Away(ny("2027-03-02T00:00"), ny("2027-03-04T00:00"), "sick"),
                ny("2027-03-02T08:00"));
        ClockScheduler scheduler = server.scheduler(ClockScheduler.BATCH);
        server.clock.set(ny("2027-03-03T15:13"));
        scheduler.fireDue();
        assertThat(server.escalations.latest(lead, 10)).as("alice is away: not yet warned").isEmpty();
        // Mon 6h59m, Tue and Wed paused, Thu 7h, then Fri 09:00-12:00 and 13:00-15:13: 19h12m used.
        assertThat(instant(clock, "next_due_at")).isEqualTo(ny("2027-03-05T15:13"));

        server.clock.set(ny("2027-03-08T13:01")); // Fri 20h59m, then Monday 3h and a minute: due
        scheduler.fireDue();
        assertThat(server.escalations.latest(lead, 10)).extracting(e -> e.get("step"), e -> e.get("manager"),
                e -> e.get("dueAt")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("breach", "sam", ny("2027-03-08T13:01").toString()),
                org.assertj.core.groups.Tuple.tuple("warning", null, ny("2027-03-05T15:13").toString()));
    }

    @Test
    void a_lead_imported_with_an_old_history_records_its_past_breach_without_escalating() {
        // Handed off a month ago, recorded now: the clocks are first stored already breached.
        String lead = server.imported("old", ny("2027-02-01T09:00"));
        server.scheduler(ClockScheduler.BATCH).fireDue();
        assertThat(server.escalations.latest(lead, 10)).isEmpty();
        assertThat(row(lead + "/first-follow-up/1")).containsEntry("breached", true).containsEntry("next_due_at", null);
    }
}
