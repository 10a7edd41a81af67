package org.leadpact.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.sla.ClockTable;
import org.leadpact.app.sla.LostCycles;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/** The bulk loader writes what appending each event on its own would have written; on each database. */
abstract class BulkLoaderContract {
    private static final SimulationConfig CONFIG = SimulationConfig.of(7, 120, LocalDate.of(2026, 1, 1), 4);
    private final List<String> urls = new ArrayList<>();

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @AfterEach
    void drop() {
        urls.forEach(this::dropDatabase);
    }

    private Database open() {
        String url = newDatabaseUrl();
        urls.add(url);
        return Database.open(url);
    }

    @Test
    void a_bulk_load_writes_the_rows_that_appending_each_event_writes_and_a_rebuild_keeps_them() {
        List<SimulatedLead> leads = Simulation.stream(CONFIG).toList();
        try (Database bulk = open(); Database appended = open()) {
            BulkLoader.Loaded loaded = BulkLoader.load(bulk, leads.stream());
            appendOneByOne(appended, leads);

            assertThat(loaded.leads()).isEqualTo(120);
            assertThat(loaded.events()).isEqualTo(leads.stream().mapToLong(l -> l.events().size()).sum());
            assertThat(rows(bulk, "lead_event", "position")).isEqualTo(rows(appended, "lead_event", "position"))
                    .hasSize((int) loaded.events());
            List<List<String>> projections = rows(appended, "lead", "id");
            assertThat(rows(bulk, "lead", "id")).isEqualTo(projections).hasSize(120);
            assertThat(rows(bulk, "lead_fact", "lead_id")).as("report facts").isEqualTo(rows(appended, "lead_fact",
                    "lead_id")).hasSize(120);

            LeadStore store = new LeadStore(bulk);
            assertThat(store.rebuildProjections()).isEqualTo(120);
            assertThat(rows(bulk, "lead", "id")).isEqualTo(projections);
            SimulatedLead some = leads.get(100);
            assertThat(store.history(some.leadId())).isEqualTo(some.events());
            assertThat(store.load(some.leadId()).orElseThrow().stage()).isEqualTo(some.state().stage());
        }
    }

    @Test
    void a_bulk_load_given_the_clock_table_writes_the_sla_clocks_an_append_of_each_lead_writes() {
        List<SimulatedLead> leads = Simulation.stream(CONFIG).toList();
        java.time.Clock now = java.time.Clock.fixed(CONFIG.until().plusSeconds(3_600), java.time.ZoneOffset.UTC);
        try (Database bulk = open(); Database appended = open()) {
            ClockTable bulkClocks = clockTable(bulk, now);
            BulkLoader.load(bulk, List.of(bulkClocks), leads.stream());
            appendOneByOne(appended, leads);
            // What the append of each lead's last event writes, its clocks computed at the same instant.
            ClockTable appendedClocks = clockTable(appended, now);
            appended.jdbi().useTransaction(h -> appendedClocks.appended(h, leads.stream().map(SimulatedLead::state)
                    .toList()));

            List<List<String>> clocks = rows(appended, "sla_clock", "id");
            assertThat(clocks).as("the simulation has MQLs, so clocks").isNotEmpty();
            assertThat(rows(bulk, "sla_clock", "id")).isEqualTo(clocks);
        }
    }

    /** The server's clock table over {@code db}, the simulation agreement active. */
    private static ClockTable clockTable(Database db, java.time.Clock clock) {
        Agreements agreements = new Agreements(new AgreementStore(db), new AuditLog(db), clock);
        agreements.adopt(Simulation.agreementDocument(), "test", true);
        return new ClockTable(db, new SlaContexts(agreements, new DirectoryStore(db), new LostCycles(db), clock), clock);
    }

    @Test
    void loading_the_same_leads_twice_fails_and_leaves_the_first_load_whole() {
        List<SimulatedLead> leads = Simulation.stream(SimulationConfig.of(8, 20, LocalDate.of(2026, 1, 1), 2)).toList();
        try (Database db = open()) {
            BulkLoader.load(db, leads.stream());
            List<List<String>> before = rows(db, "lead_event", "position");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> BulkLoader.load(db, leads.stream()))
                    .hasMessageContaining("bulk write of 20 leads from " + leads.get(0).leadId() + " failed");
            assertThat(rows(db, "lead_event", "position")).isEqualTo(before);
        }
    }

    /** Each event appended on its own, recorded when it happened (committed a few hundred at a time). */
    private static void appendOneByOne(Database db, List<SimulatedLead> leads) {
        LeadStore store = new LeadStore(db);
        db.inUnits(500, units -> {
            for (SimulatedLead lead : leads) {
                LeadState state = LeadState.empty(lead.leadId());
                for (LeadEvent e : lead.events()) {
                    LeadState before = state;
                    state = state.apply(e);
                    LeadState after = state;
                    units.unit(() -> store.append(after, before.history().size(), List.of(LeadStore.NewEvent.of(e)),
                            e.at(), BulkLoader.RECORDED_BY));
                }
            }
        });
    }

    private static List<List<String>> rows(Database db, String table, String order) {
        return org.leadpact.app.store.TableRows.of(db, table, order);
    }
}
