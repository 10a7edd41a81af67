package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/** What every database behind the lead store must do; run on H2 and on PostgreSQL. */
abstract class LeadStoreContract {
    static final Instant T0 = Instant.parse("2027-03-01T14:00:00Z");

    Database db;
    LeadStore store;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void open() {
        db = Database.open(newDatabaseUrl());
        store = new LeadStore(db);
    }

    @AfterEach
    void close() {
        db.close();
        dropDatabase(db.url());
    }

    static List<LeadEvent> everyKindOfEvent() {
        return List.of(
                new AttributesChanged(T0, Map.of("email", "Dana@Northwind.example", "externalId", "crm-17",
                        "employees", "250"), "form"),
                new ActivityRecorded(new Activity(ActivityType.PAGE_VIEW, T0.plusSeconds(60), "https://acme.example/pricing",
                        null, "spring", null, null, 75, null, null)),
                new ActivityRecorded(Activity.of(ActivityType.FORM_FILL, T0.plusSeconds(120))
                        .withAnswer("Do you want to hear more?", "yes")),
                new StageChanged(T0.plusSeconds(120), Stage.NEW, Stage.MQL, "qualify", "leadpact", "qualified by ...",
                        "2027.1", "behaviouralQualifiers", null),
                new OwnerAssigned(T0.plusSeconds(180), "alice", "router", "east", "2027.1", "routing"),
                new StageChanged(T0.plusSeconds(180), Stage.MQL, Stage.HANDED_OFF, "hand-off", "router", "east",
                        "2027.1", "marketingSla.handOffWithin", null),
                new ActivityRecorded(Activity.of(ActivityType.SALES_CALL, T0.plusSeconds(240)).withOutcome("connected")
                        .by("alice")),
                new StageChanged(T0.plusSeconds(300), Stage.HANDED_OFF, Stage.OPPORTUNITY, "open-opportunity", "alice",
                        "budget", "2027.1", "dispositions", null),
                new OpportunityStageMoved(T0.plusSeconds(300), "prospect-new", 10, "alice", "2027.1"),
                new StageChanged(T0.plusSeconds(900), Stage.OPPORTUNITY, Stage.WON, "win", "alice", "closed won",
                        "2027.1", "opportunityStages", new BigDecimal("48000.50")));
    }

    private int appendAll(String id, List<LeadEvent> events) {
        LeadState state = LeadState.fold(id, events);
        return store.append(state, 0, events.stream().map(LeadStore.NewEvent::of).toList(), T0, "test");
    }

    @Test
    void every_kind_of_event_comes_back_exactly_as_it_was_appended() {
        assertThat(appendAll("lead-1", everyKindOfEvent())).isEqualTo(10);
        assertThat(store.history("lead-1")).isEqualTo(everyKindOfEvent());
        assertThat(store.load("lead-1").orElseThrow()).isEqualTo(LeadState.fold("lead-1", everyKindOfEvent()));
    }

    @Test
    void the_projection_is_written_with_the_events() {
        appendAll("lead-1", everyKindOfEvent());
        LeadProjection p = store.projection("lead-1").orElseThrow();
        assertThat(p.version()).isEqualTo(10);
        assertThat(p.stage()).isEqualTo("won");
        assertThat(p.owner()).isEqualTo("alice");
        assertThat(p.email()).isEqualTo("dana@northwind.example");
        assertThat(p.externalId()).isEqualTo("crm-17");
        assertThat(p.agreementVersion()).isEqualTo("2027.1");
        assertThat(p.attributes()).containsEntry("employees", "250");
        assertThat(p.lastEventAt()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void a_lead_is_found_by_email_whatever_its_case_and_by_external_id() {
        appendAll("lead-1", everyKindOfEvent());
        assertThat(store.leadIdByEmail(" DANA@northwind.EXAMPLE ")).contains("lead-1");
        assertThat(store.leadIdByExternalId("crm-17")).contains("lead-1");
        assertThat(store.leadIdByEmail("someone@else.example")).isEmpty();
        assertThat(store.load("nobody")).isEmpty();
    }

    @Test
    void appends_continue_from_the_version_the_caller_read() {
        List<LeadEvent> events = everyKindOfEvent();
        LeadState first = LeadState.fold("lead-1", events.subList(0, 3));
        store.append(first, 0, events.subList(0, 3).stream().map(LeadStore.NewEvent::of).toList(), T0, "test");
        LeadState second = first.applyAll(events.subList(3, 5));
        assertThat(store.append(second, 3, events.subList(3, 5).stream().map(LeadStore.NewEvent::of).toList(), T0,
                "test")).isEqualTo(5);
        assertThat(store.history("lead-1")).isEqualTo(events.subList(0, 5));
    }

    @Test
    void a_writer_that_read_an_old_version_is_refused_and_writes_nothing() {
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 3));
        LeadState stale = LeadState.fold("lead-1", events.subList(0, 2)).applyAll(events.subList(3, 4));
        assertThatThrownBy(() -> store.append(stale, 2, List.of(LeadStore.NewEvent.of(events.get(3))), T0, "test"))
                .isInstanceOf(ConcurrentAppendException.class);
        assertThat(store.history("lead-1")).hasSize(3);
        assertThat(store.projection("lead-1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void an_event_id_seen_before_is_refused_and_the_whole_append_rolls_back() {
        List<LeadEvent> events = everyKindOfEvent();
        LeadState one = LeadState.fold("lead-1", events.subList(0, 1));
        store.append(one, 0, List.of(new LeadStore.NewEvent(events.get(0), "evt-1")), T0, "test");
        LeadState three = one.applyAll(events.subList(1, 3));
        assertThatThrownBy(() -> store.append(three, 1, List.of(new LeadStore.NewEvent(events.get(1), "evt-2"),
                new LeadStore.NewEvent(events.get(2), "evt-1")), T0, "test"))
                .isInstanceOf(DuplicateEventException.class).hasMessageContaining("evt-1");
        assertThat(store.history("lead-1")).hasSize(1);
        assertThat(store.isRecorded("evt-2")).isFalse();
    }

    @Test
    void rebuilding_the_projections_from_the_log_gives_the_same_rows() {
        List<LeadProjection> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<LeadEvent> events = new ArrayList<>(everyKindOfEvent().subList(0, 1 + i % 10));
            events.set(0, new AttributesChanged(T0, Map.of("email", "lead" + i + "@x.example"), "import"));
            appendAll("lead-" + i, events);
            before.add(store.projection("lead-" + i).orElseThrow());
        }
        db.jdbi().useHandle(h -> h.execute("UPDATE lead SET stage = 'new', owner = NULL"));
        assertThat(store.rebuildProjections()).isEqualTo(30);
        for (int i = 0; i < 30; i++) {
            assertThat(store.projection("lead-" + i)).contains(before.get(i));
        }
        assertThat(store.leadIds()).hasSize(30).startsWith("lead-0", "lead-1");
    }

    /** Every kind of event, one append each, with values COPY must escape (tab, newline, backslash). */
    private static List<LeadEvent> oneByOne() {
        List<LeadEvent> events = new ArrayList<>(everyKindOfEvent());
        events.set(0, new AttributesChanged(T0, Map.of("email", "Dana@Northwind.example", "note",
                "line one\nline\ttwo \\ back\r"), "form"));
        events.add(2, new ActivityRecorded(new Activity(ActivityType.PAGE_VIEW, T0.plusSeconds(90),
                "https://acme.example/a\\b\tc", null, null, null, null, 5, null, null)));
        events.add(4, new ActivityRecorded(Activity.of(ActivityType.EMAIL_OPEN, T0.plusSeconds(30)))); // late
        return events;
    }

    private List<List<String>> rows(String table, String key) {
        return TableRows.of(db, table, key);
    }

    @Test
    void appended_one_event_at_a_time_the_rows_are_those_a_rebuild_writes() {
        List<LeadEvent> events = oneByOne();
        LeadState state = LeadState.empty("lead-1");
        for (int i = 0; i < events.size(); i++) {
            LeadState after = state.apply(events.get(i));
            store.append(after, i, List.of(LeadStore.NewEvent.of(events.get(i))), T0, "test");
            assertThat(store.projection("lead-1")).as("after event %d", i + 1).contains(LeadProjection.of(after));
            state = after;
        }
        assertThat(store.history("lead-1")).isEqualTo(events);
        // Facts were last changed by the win, the last event; a page view after it leaves them as they are.
        LeadEvent view = new ActivityRecorded(Activity.pageView(T0.plusSeconds(1_000), "https://acme.example/blog", 9));
        store.append(state.apply(view), events.size(), List.of(LeadStore.NewEvent.of(view)), T0, "test");
        assertThat(rows("lead_fact", "lead_id")).singleElement().satisfies(row -> assertThat(row.get(1))
                .isEqualTo(String.valueOf(events.size())));
        List<List<String>> leads = rows("lead", "id");
        List<List<String>> facts = rows("lead_fact", "lead_id");

        store.rebuildProjections();
        assertThat(rows("lead", "id")).isEqualTo(leads);
        assertThat(rows("lead_fact", "lead_id")).isEqualTo(facts);
    }

    @Test
    void a_lead_whose_projection_is_gone_gets_a_whole_row_back_on_its_next_append() {
        List<LeadEvent> events = everyKindOfEvent().subList(0, 3);
        appendAll("lead-1", events.subList(0, 2));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM lead"));
        LeadState after = LeadState.fold("lead-1", events);
        store.append(after, 2, List.of(LeadStore.NewEvent.of(events.get(2))), T0, "test");
        assertThat(store.projection("lead-1")).contains(LeadProjection.of(after));
    }

    @Test
    void a_listener_hears_only_of_appends_with_an_event_it_is_concerned_with() {
        List<List<String>> heard = new ArrayList<>();
        store.onAppend(new LeadStore.AppendListener() {
            @Override
            public void appended(org.jdbi.v3.core.Handle h, List<LeadState> states) {
                heard.add(states.stream().map(s -> s.id() + "@" + s.history().size()).toList());
            }

            @Override
            public boolean concerns(LeadEvent event) {
                return !(event instanceof ActivityRecorded);
            }
        });
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 1));
        LeadState state = LeadState.fold("lead-1", events.subList(0, 1));
        for (int i = 1; i < 4; i++) { // a page view, a form fill, then the stage change
            state = state.apply(events.get(i));
            store.append(state, i, List.of(LeadStore.NewEvent.of(events.get(i))), T0, "test");
        }
        assertThat(heard).containsExactly(List.of("lead-1@1"), List.of("lead-1@4"));
    }

    @Test
    void a_state_decided_on_unchecked_is_refused_once_another_store_appended() {
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 2));
        LeadState seen = store.loadToDecide(List.of("lead-1")).get("lead-1");
        assertThat(seen.history()).hasSize(2);
        LeadStore other = new LeadStore(db);
        LeadState current = other.load("lead-1").orElseThrow();
        other.append(current.apply(events.get(2)), 2, List.of(LeadStore.NewEvent.of(events.get(2))), T0, "other");

        assertThatThrownBy(() -> store.append(seen.apply(events.get(3)), 2,
                List.of(LeadStore.NewEvent.of(events.get(3))), T0, "test")).isInstanceOf(ConcurrentAppendException.class);
        assertThat(store.loadToDecide(List.of("lead-1")).get("lead-1").history()).as("read afresh")
                .isEqualTo(events.subList(0, 3));
        assertThat(store.history("lead-1")).isEqualTo(events.subList(0, 3));
    }

    /** Every kind of event for another person: another e-mail, no external id. */
    static List<LeadEvent> everyKindOfEventFor(String email) {
        List<LeadEvent> events = new ArrayList<>(everyKindOfEvent());
        events.set(0, new AttributesChanged(T0, Map.of("email", email), "import"));
        return events;
    }

    @Test
    void an_append_to_several_leads_is_refused_whole_when_one_of_them_moved_on() {
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 2));
        appendAll("lead-2", everyKindOfEventFor("sam@contoso.example").subList(0, 2));
        LeadState one = store.load("lead-1").orElseThrow();
        LeadState staleTwo = LeadState.fold("lead-2", everyKindOfEventFor("sam@contoso.example").subList(0, 1));
        List<LeadStore.Append> appends = List.of(
                new LeadStore.Append(one.apply(events.get(2)), 2, List.of(LeadStore.NewEvent.of(events.get(2)))),
                new LeadStore.Append(staleTwo.apply(events.get(2)), 1, List.of(LeadStore.NewEvent.of(events.get(2)))));
        assertThatThrownBy(() -> store.appendAll(appends, T0, "test")).isInstanceOf(ConcurrentAppendException.class);
        assertThat(store.history("lead-1")).hasSize(2);
        assertThat(store.history("lead-2")).hasSize(2);
    }

    @Test
    void an_event_id_seen_before_rolls_back_an_append_to_several_leads() {
        List<LeadEvent> events = everyKindOfEvent();
        store.append(LeadState.fold("lead-1", events.subList(0, 1)), 0,
                List.of(new LeadStore.NewEvent(events.get(0), "evt-1")), T0, "test");
        List<LeadEvent> visit = events.subList(1, 2);
        List<LeadStore.Append> appends = List.of(
                new LeadStore.Append(LeadState.fold("lead-2", visit), 0, List.of(new LeadStore.NewEvent(visit.get(0),
                        "evt-2"))),
                new LeadStore.Append(LeadState.fold("lead-3", visit), 0, List.of(new LeadStore.NewEvent(visit.get(0),
                        "evt-1"))));
        assertThatThrownBy(() -> store.appendAll(appends, T0, "test")).isInstanceOf(DuplicateEventException.class)
                .hasMessageContaining("evt-1");
        assertThat(store.load("lead-2")).isEmpty();
        assertThat(store.recordedAmong(List.of("evt-1", "evt-2", "evt-3"))).containsExactly("evt-1");
    }

    @Test
    void many_leads_load_at_once_each_as_its_log_makes_it() {
        List<LeadEvent> events = everyKindOfEvent();
        List<LeadEvent> other = everyKindOfEventFor("sam@contoso.example");
        appendAll("lead-1", events.subList(0, 3));
        appendAll("lead-2", other);
        assertThat(store.loadAll(List.of("lead-1", "lead-2", "nobody"))).containsOnlyKeys("lead-1", "lead-2")
                .containsEntry("lead-1", LeadState.fold("lead-1", events.subList(0, 3)))
                .containsEntry("lead-2", LeadState.fold("lead-2", other));
        assertThat(store.existing(List.of("lead-2", "nobody"))).containsExactly("lead-2");
    }

    @Test
    void the_ids_of_leads_in_some_stages_of_some_owners_are_found_by_both_lists() {
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 6)); // handed off to alice
        appendAll("lead-2", everyKindOfEventFor("sam@contoso.example")); // won by alice
        assertThat(store.idsIn(List.of("handed-off", "sal"), List.of("alice", "bob"))).containsExactly("lead-1");
        assertThat(store.idsIn(List.of("handed-off", "won"), List.of("alice"))).containsExactly("lead-1", "lead-2");
        assertThat(store.idsIn(List.of("handed-off"), List.of("bob"))).isEmpty();
        assertThat(store.idsIn(List.of(), List.of("alice"))).isEmpty();
        assertThat(store.busiestOwners(List.of("handed-off", "won"), 5)).containsExactly(Map.entry("alice", 2L));
        assertThat(store.busiestOwners(List.of("sal"), 5)).isEmpty();
    }

    @Test
    void a_state_kept_by_one_store_is_not_used_once_another_store_appended_to_the_lead() {
        List<LeadEvent> events = everyKindOfEvent();
        appendAll("lead-1", events.subList(0, 2));
        LeadState seen = store.load("lead-1").orElseThrow();
        LeadStore other = new LeadStore(db);
        LeadState current = other.load("lead-1").orElseThrow();
        other.append(current.apply(events.get(2)), 2, List.of(LeadStore.NewEvent.of(events.get(2))), T0, "other");

        assertThat(store.load("lead-1").orElseThrow().history()).isEqualTo(events.subList(0, 3));
        assertThatThrownBy(() -> store.append(seen.apply(events.get(3)), 2,
                List.of(LeadStore.NewEvent.of(events.get(3))), T0, "test")).isInstanceOf(ConcurrentAppendException.class);
    }

    @Test
    void migrating_an_up_to_date_database_again_changes_nothing() {
        appendAll("lead-1", everyKindOfEvent());
        try (Database again = Database.open(db.url())) {
            assertThat(new LeadStore(again).history("lead-1")).hasSize(10);
        }
    }

    @Test
    void units_are_kept_or_undone_whole_and_a_refused_append_inside_one_leaves_it_usable() {
        List<LeadEvent> two = List.of(created("lead-3").get(0), everyKindOfEvent().get(1));
        db.inUnits(2, units -> {
            units.unit(() -> appendAll("lead-1", created("lead-1")));
            assertThatThrownBy(() -> units.unit(() -> {
                appendAll("lead-2", created("lead-2"));
                return appendAll("lead-2", created("lead-2"));
            })).isInstanceOf(ConcurrentAppendException.class);
            units.unit(() -> {
                appendAll("lead-3", created("lead-3"));
                assertThatThrownBy(() -> appendAll("lead-4", created("lead-3"))).as("a second lead with that e-mail")
                        .isInstanceOf(ConcurrentAppendException.class);
                // PostgreSQL refuses every statement after a failed one, unless the failure was a savepoint's.
                return store.append(LeadState.fold("lead-3", two), 1, List.of(LeadStore.NewEvent.of(two.get(1))), T0,
                        "test");
            });
        });
        assertThat(store.exists("lead-1")).isTrue();
        assertThat(store.exists("lead-2")).as("undone whole").isFalse();
        assertThat(store.loadToDecide(List.of("lead-2"))).as("nothing undone is decided on").isEmpty();
        assertThat(store.exists("lead-4")).isFalse();
        assertThat(store.history("lead-3")).isEqualTo(two);
    }

    @Test
    void a_failure_outside_any_unit_undoes_what_was_not_committed_yet() {
        assertThatThrownBy(() -> db.inUnits(2, units -> {
            units.unit(() -> appendAll("lead-1", created("lead-1")));
            units.unit(() -> appendAll("lead-2", created("lead-2")));
            units.unit(() -> appendAll("lead-3", created("lead-3")));
            throw new java.io.IOException("the file went away");
        })).hasMessage("the file went away");
        assertThat(store.leadIds()).containsExactly("lead-1", "lead-2");
    }

    private static List<LeadEvent> created(String id) {
        return List.of(new AttributesChanged(T0, Map.of("email", id + "@x.example"), "test"));
    }
}
