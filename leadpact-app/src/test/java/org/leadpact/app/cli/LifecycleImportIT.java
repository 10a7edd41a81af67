package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

/** Importing lead histories from small files: the engine decides every step, and refuses what it forbids. */
class LifecycleImportIT {
    static final String AGREEMENT = "../examples/olist.yaml";
    static final String MAPPING = """
            externalId: Id
            attributes: {source: Origin}
            atColumn: First
            join:
              - {file: deals.csv, on: Id}
            activities:
              - {column: Asked, type: contact-sales}
            lifecycle:
              handOff: {at: First, rep: Sdr}
              opportunity: {at: First, when: Won}
              won: {at: Won, amount: Revenue}
            """;

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void database() {
        db = TestDatabases.h2(dir.resolve("db"));
    }

    @Test
    void a_row_whose_lead_the_agreement_does_not_qualify_is_not_handed_off_and_says_which_rule_refused()
            throws IOException {
        Files.writeString(dir.resolve("deals.csv"), "Id,Sdr,Won,Revenue\nm-1,ann,2018-02-01 10:00:00,100\n"
                + "m-2,bob,2018-02-02,0.0\nm-4,ann,2018-01-01,oops\n");
        Path leads = Files.writeString(dir.resolve("leads.csv"), """
                Id,Origin,First,Asked
                m-1,social,2018-01-10,yes
                m-2,email,2018-01-11,
                m-3,email,2018-01-12,yes
                m-4,social,2018-01-13,yes
                """);
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);

        CliRun run = CliRun.of("import", leads.toString(), "--mapping", mapping.toString(), "--agreement", AGREEMENT,
                "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ImportCommand.ROWS_REJECTED);
        assertThat(run.err()).contains("leads.csv:3: rejected: refused (lifecycle.hand-off): hand-off moves a lead to "
                + "handed-off only from mql; this lead is new")
                .contains("leads.csv:5: rejected: Revenue: 'oops' is not an amount (lifecycle.won needs the amount won)");
        assertThat(run.out()).contains("leads created                      2")
                .contains("lifecycle steps recorded           3")
                .contains("rows rejected                      2")
                .contains("Id: no match in deals.csv (Id), nothing joined: 1 row (line 4)")
                .as("a rejected row's quirks are not counted: m-4 is won before its first contact, but rejected")
                .doesNotContain("lifecycle.won");
        LogCounts log = LogCounts.of(db);
        assertThat(log.won).isEqualTo(1);
        assertThat(log.wonByOwner).containsExactly(java.util.Map.entry("ann", 1L));
        assertThat(log.mqls).isEqualTo(2);

        CliRun again = CliRun.of("import", leads.toString(), "--mapping", mapping.toString(), "--db", db);
        assertThat(again.out()).contains("lifecycle steps recorded           0")
                .contains("steps already there                3");
    }

    @Test
    void a_joined_file_that_is_not_there_or_lacks_its_key_stops_the_import_before_anything_is_stored()
            throws IOException {
        Path leads = Files.writeString(dir.resolve("leads.csv"), "Id,Origin,First,Asked\nm-1,social,2018-01-10,yes\n");
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING);

        CliRun missing = CliRun.of("import", leads.toString(), "--mapping", mapping.toString(), "--agreement",
                AGREEMENT, "--db", db);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("mapping.yaml:5: join[0].file: cannot read ").contains("deals.csv");

        Files.writeString(dir.resolve("deals.csv"), "Lead,Sdr,Won,Revenue\nm-1,ann,2018-02-01,100\n");
        CliRun noKey = CliRun.of("import", leads.toString(), "--mapping", mapping.toString(), "--agreement",
                AGREEMENT, "--db", db);
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err()).contains("mapping.yaml:5: join[0].key: no column 'Id' in ");
        assertThat(ImportCommandIT.events(db)).isZero();
    }
}
