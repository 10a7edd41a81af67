package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.TestDatabases;

/** {@code leadpact import}, run in-process on an embedded database in a temporary folder. */
class ImportCommandIT {
    static final String LEADS = "src/test/resources/import/acme-leads.csv";
    static final String MAPPING = "src/test/resources/import/acme-mapping.yaml";
    static final String AGREEMENT = "../examples/agreement.yaml";

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void database() {
        db = TestDatabases.h2(dir);
    }

    static long events(String url) {
        try (Database database = Database.open(url)) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lead_event")
                    .mapTo(Long.class).one());
        }
    }

    static List<LeadProjection> leads(String url) {
        try (Database database = Database.open(url)) {
            return new LeadStore(database).list(null, null, null, 1000, 0);
        }
    }

    @Test
    void rows_become_leads_under_the_agreement_and_every_rejected_row_is_named_by_its_line() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.of("import", LEADS, "--mapping", MAPPING, "--agreement", AGREEMENT, "--db", db,
                "--rejects", rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ImportCommand.ROWS_REJECTED);
        assertThat(run.out()).startsWith("uploaded agreement v2027.1\nactivated agreement v2027.1\n"
                + "acme-leads.csv: 8 rows in ").contains(" under agreement v2027.1\n").endsWith("""
                  leads created                      4
                  leads merged                       1
                  rows already imported              0
                  activities recorded                4
                  activities already there           0
                  rows rejected                      3
                """);
        assertThat(run.err().lines()).containsExactly(
                LEADS + ":5: rejected: no e-mail (Email): the lead cannot be matched",
                LEADS + ":6: rejected: has 11 fields, the header has 14",
                LEADS + ":10: rejected: Last Activity: 'Tweeted' names no activity (map it in activities[0].types, "
                        + "to an activity type or none)");
        List<CsvReader.Record> rejected = CsvReader.records(Files.readString(rejects, StandardCharsets.UTF_8));
        assertThat(rejected).extracting(r -> r.fields().get(0)).containsExactly("line", "5", "6", "10");
        assertThat(rejected.get(3).fields()).contains("zed@litware.example", "Tweeted");

        List<LeadProjection> leads = leads(db);
        assertThat(leads).extracting(LeadProjection::email).containsExactlyInAnyOrder("marcus@contoso.example",
                "priya@northwind.example", "dee@\"quoted\".example", "sam@tailspin.example");
        LeadProjection marcus = leads.stream().filter(l -> l.email().startsWith("marcus")).findFirst().orElseThrow();
        assertThat(marcus.stage()).as("a demo request fast-tracks a complete lead").isEqualTo("mql");
        assertThat(marcus.attributes()).containsEntry("title", "CMO");
        assertThat(marcus.agreementVersion()).isEqualTo("2027.1");
        LeadProjection dee = leads.stream().filter(l -> l.email().startsWith("dee")).findFirst().orElseThrow();
        assertThat(dee.attributes()).containsEntry("company", "Line one\nline two");
    }

    @Test
    void importing_the_same_file_again_records_nothing_twice() {
        CliRun first = CliRun.of("import", LEADS, "--mapping", MAPPING, "--agreement", AGREEMENT, "--db", db);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ImportCommand.ROWS_REJECTED);
        long events = events(db);
        List<LeadProjection> leads = leads(db);

        CliRun again = CliRun.of("import", LEADS, "--mapping", MAPPING, "--db", db);
        assertThat(again.out()).contains("""
                  leads created                      0
                  leads merged                       0
                  rows already imported              5
                  activities recorded                0
                  activities already there           4
                  rows rejected                      3
                """);
        assertThat(events(db)).isEqualTo(events);
        assertThat(leads(db)).containsExactlyInAnyOrderElementsOf(leads);
    }

    @Test
    void a_bad_mapping_is_reported_line_by_line_and_nothing_is_imported() throws IOException {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, """
                attributes:
                  email: E-mail
                  company: Company
                activities:
                  - column: Last Activity
                    tpyes: {X: none}
                """);
        CliRun run = CliRun.of("import", LEADS, "--mapping", mapping.toString(), "--agreement", AGREEMENT, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(mapping + ":6: activities[0].tpyes: unknown key (did you mean "
                + "'types'?); known keys: column, columns, type, types, subject, url, campaign, outcome, "
                + "durationSeconds");

        Files.writeString(mapping, "attributes:\n  email: E-mail\n  company: Company\n");
        run = CliRun.of("import", LEADS, "--mapping", mapping.toString(), "--agreement", AGREEMENT, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(mapping + ":2: attributes.email: no column 'E-mail' in "
                + "acme-leads.csv (did you mean 'Email'?)");
        assertThat(run.out()).as("the agreement is not even uploaded").isEmpty();
        assertThat(leads(db)).isEmpty();
    }

    @Test
    void without_an_active_agreement_nothing_is_imported() {
        CliRun run = CliRun.of("import", LEADS, "--mapping", MAPPING, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("leadpact: no agreement is active: pass --agreement FILE");
        assertThat(leads(db)).isEmpty();
    }

    @Test
    void an_active_agreement_is_left_active_when_another_is_given() {
        CliRun.of("import", LEADS, "--mapping", MAPPING, "--agreement", AGREEMENT, "--db", db);
        CliRun run = CliRun.of("import", LEADS, "--mapping", MAPPING, "--agreement",
                "../examples/agreement-proposed.yaml", "--db", db);
        assertThat(run.out()).startsWith("uploaded agreement v2027.2\n"
                + "agreement v2027.2 is not active: not signed by sales\n");
    }

    @Test
    void without_a_mapping_each_column_is_the_attribute_of_its_name() throws IOException {
        Path csv = dir.resolve("plain.csv");
        Files.writeString(csv, "\uFEFFemail,company,externalId\r\nann@contoso.example,Contoso,crm-1\r\n"
                + ",Nameless,\r\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", csv.toString(), "--agreement", AGREEMENT, "--db", db);
        assertThat(run.err()).contains(":3: rejected: no e-mail (email) and no external id (externalId)");
        assertThat(leads(db)).singleElement().satisfies(lead -> {
            assertThat(lead.externalId()).isEqualTo("crm-1");
            assertThat(lead.attributes()).containsEntry("company", "Contoso");
        });
    }

    @Test
    void a_file_that_is_not_utf_8_is_refused_before_any_row() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "email,city\na@b.example,Oslo\nc@d.example,Troms\u00f8\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("import", csv.toString(), "--agreement", AGREEMENT, "--db", db);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(csv + ":3: the file is not UTF-8 (save it as UTF-8); nothing was imported\n");
    }

    @Test
    void the_progress_bar_counts_the_rows_on_standard_error() {
        CliRun run = CliRun.of("import", LEADS, "--mapping", MAPPING, "--agreement", AGREEMENT, "--db", db,
                "--progress", "always");
        assertThat(run.err()).contains("\r[").contains("8/8 rows  100%");
    }
}
