package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.routing.Away;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/** What the directory tables (V4) and the log scan must do on every database; run on H2 and PostgreSQL. */
abstract class DirectoryStoreContract {
    static final Instant T0 = Instant.parse("2027-03-01T14:00:00Z");

    Database db;
    DirectoryStore directory;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void open() {
        db = Database.open(newDatabaseUrl());
        directory = new DirectoryStore(db);
    }

    @AfterEach
    void close() {
        db.close();
        dropDatabase(db.url());
    }

    @Test
    void reps_teams_and_out_of_office_periods_come_back_as_saved_and_a_change_is_seen_at_once() {
        Rep alice = new Rep("alice", "Alice Moreau", "alice@example.com", true, "east",
                WorkingHours.parse("Mon-Fri 09:00-17:00", "America/New_York"), List.of(),
                "https://hooks.example/alice", "de");
        directory.save(alice, T0);
        directory.save(new Team("east", "East coast", "sam", "dana"), T0);
        directory.save(new Rep("sam", null, "sam@example.com", true, "east", null, null), T0);
        Away holiday = new Away(T0, T0.plusSeconds(7 * 86_400), "holiday");
        directory.addAway("alice", holiday, T0);

        Rep read = directory.rep("alice").orElseThrow();
        assertThat(read).isEqualTo(alice.withAway(List.of(holiday)));
        assertThat(read.holidayCountry()).isEqualTo("DE");
        assertThat(read.hours().contains(Instant.parse("2027-03-01T15:00:00Z"))).isTrue();
        assertThat(directory.team("east")).contains(new Team("east", "East coast", "sam", "dana"));
        assertThat(directory.members("east")).extracting(Rep::id).containsExactly("alice", "sam");
        assertThat(directory.manager("alice").map(Rep::email)).contains("sam@example.com");
        assertThat(directory.managedBy("sam")).containsExactlyInAnyOrder("alice", "sam");

        directory.save(new Rep("alice", "Alice Moreau", null, false, "west", null, null), T0);
        assertThat(directory.rep("alice").orElseThrow().active()).isFalse();
        assertThat(directory.rep("alice").orElseThrow().webhook()).as("saved without one").isNull();
        assertThat(directory.rep("alice").orElseThrow().away()).as("periods stay").containsExactly(holiday);
        assertThat(directory.team("west")).as("a team named first by a rep is created").isPresent();
    }

    @Test
    void a_teams_calendar_comes_back_as_saved_and_a_team_without_one_stores_none() {
        Team berlin = new Team("berlin", "Berlin", null, null,
                WorkingHours.parse("Mon-Fri 09:00-12:00, Mon-Fri 13:00-17:00", "Europe/Berlin"), "de");
        directory.save(berlin, T0);
        directory.save(new Team("plain", null, null, null), T0);
        assertThat(directory.team("berlin")).contains(berlin);
        assertThat(directory.team("berlin").orElseThrow().holidayCountry()).isEqualTo("DE");
        assertThat(directory.team("plain").orElseThrow().hasCalendar()).isFalse();
        assertThat(db.jdbi().withHandle(h -> h.createQuery("SELECT time_zone, working_hours, holiday_country "
                + "FROM sales_team WHERE id = 'plain'").mapToMap().one()).values()).containsOnlyNulls();

        directory.save(new Team("berlin", "Berlin", "sam", null, berlin.hours(), null), T0);
        assertThat(directory.team("berlin").orElseThrow().holidayCountry()).as("changed, not kept").isNull();
        assertThat(directory.team("berlin").orElseThrow().hours()).isEqualTo(berlin.hours());
    }

    @Test
    void the_log_scan_reads_the_folded_event_types_in_log_order_after_a_position() {
        LeadStore store = new LeadStore(db);
        List<LeadEvent> events = List.of(new AttributesChanged(T0, Map.of("email", "a@b.example"), "form"),
                new OwnerAssigned(T0.plusSeconds(1), "alice", "leadpact", "rule east", "1", "routing.rules[east]"));
        store.append(LeadState.fold("lead-1", events), 0, events.stream().map(LeadStore.NewEvent::of).toList(), T0, "t");
        LogScan scan = new LogScan(db);
        List<LogScan.Logged> all = scan.after(0, List.of("attributes-changed", "owner-assigned"));
        assertThat(all).extracting(LogScan.Logged::event).containsExactlyElementsOf(events);
        assertThat(scan.after(all.get(0).position(), List.of("owner-assigned"))).extracting(LogScan.Logged::leadId)
                .containsExactly("lead-1");
        assertThat(scan.after(all.get(1).position(), List.of("owner-assigned"))).isEmpty();
    }
}
