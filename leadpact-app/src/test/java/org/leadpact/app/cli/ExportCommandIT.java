package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.VisitorInbox;

/** {@code leadpact export}, run in-process on an embedded database in a temporary folder. */
class ExportCommandIT {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void leads() throws IOException {
        db = TestDatabases.h2(dir);
        try (Database database = Database.open(db)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database), clock);
            agreements.adopt(Files.readString(Path.of("../examples/agreement.yaml")), "test", true);
            Leads leads = new Leads(new LeadStore(database), new VisitorInbox(database), agreements,
                    new AuditLog(database), clock, Metrics.NONE);
            leads.upsert("crm-66", Map.of("email", "Mallory@Evil.example", "company", "=HYPERLINK(\"http://evil\")",
                    "phone", "+1 555 0100", "owner", "a CRM's owner field"), null, null, "test");
            leads.upsert(null, Map.of("email", "ann@contoso.example", "company", "Contoso, Inc.", "employees", "250"),
                    null, null, "test");
        }
    }

    @Test
    void leads_are_written_with_the_projection_first_then_every_attribute_and_formulas_neutralised()
            throws IOException {
        Path out = dir.resolve("leads.csv");
        CliRun run = CliRun.of("export", "--db", db, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("exported 2 lead(s) with 4 attribute column(s) to " + out + "\n");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'+1 555 0100").contains("\r\n");

        List<CsvTable.Row> rows = CsvTable.rows(text);
        assertThat(CsvReader.records(text).get(0).fields()).containsExactly("id", "email", "externalId", "stage",
                "owner", "agreementVersion", "lastEventAt", "company", "employees", "attributes.owner", "phone");
        CsvTable.Row mallory = rows.stream().filter(r -> r.get("externalId").equals("crm-66")).findFirst()
                .orElseThrow();
        assertThat(mallory.get("company")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(mallory.get("email")).isEqualTo("mallory@evil.example");
        assertThat(mallory.get("stage")).isEqualTo("new");
        assertThat(mallory.get("lastEventAt")).isEqualTo(NOW.toString());
        assertThat(mallory.get("attributes.owner")).isEqualTo("a CRM's owner field");
        assertThat(mallory.get("employees")).isEmpty();
        assertThat(dir.resolve("leads.csv.partial")).doesNotExist();
    }

    @Test
    void without_out_the_csv_goes_to_standard_output_and_the_count_to_standard_error() {
        CliRun run = CliRun.of("export", "--db", db, "--stage", "new");
        assertThat(run.exitCode()).isZero();
        assertThat(CsvTable.rows(run.out())).hasSize(2);
        assertThat(run.err())
                .isEqualTo("exported 2 lead(s) in stage new with 4 attribute column(s) to standard output\n");
        assertThat(CliRun.of("export", "--db", db, "--stage", "won").out().lines()).hasSize(1);
    }

    @Test
    void an_unknown_stage_is_refused() {
        CliRun run = CliRun.of("export", "--db", db, "--stage", "hot");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("leadpact: --stage: 'hot' is not a stage (new, nurture, mql, handed-off,");
    }
}
