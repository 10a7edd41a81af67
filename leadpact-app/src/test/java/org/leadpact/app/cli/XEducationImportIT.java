package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.TestDatabases;

/**
 * The real X Education leads (9,240 rows, beside the repository in ../shared/data; skipped when they
 * are not there) imported with examples/x-education-mapping.yaml under examples/x-education.yaml.
 */
class XEducationImportIT {
    static final Path DATA = RealDataSets.DATA.resolve("x-education-leads/Leads.csv");

    @TempDir
    Path dir;

    @Test
    void all_9240_rows_become_leads_and_any_rejected_row_is_explained_by_its_line() throws IOException {
        assumeTrue(Files.isRegularFile(DATA), "X Education data not found at " + DATA.toAbsolutePath());
        String db = TestDatabases.h2(dir);
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.of("import", DATA.toString(), "--mapping", "../examples/x-education-mapping.yaml",
                "--agreement", "../examples/x-education.yaml", "--db", db, "--rejects", rejects.toString());
        System.out.print(run.out());

        List<String> rejectedLines = run.err().lines().filter(l -> l.contains(": rejected: ")).toList();
        List<CsvReader.Record> rejectedRows = CsvReader.records(Files.readString(rejects, StandardCharsets.UTF_8));
        assertThat(rejectedRows.subList(1, rejectedRows.size())).as("each rejected row, with its line and reasons")
                .hasSameSizeAs(rejectedLines)
                .allSatisfy(r -> assertThat(r.fields().get(0)).matches("\\d+"))
                .allSatisfy(r -> assertThat(r.fields().get(1)).isNotBlank());
        assertThat(rejectedLines).allMatch(l -> l.matches("^.*Leads\\.csv:\\d+: rejected: .+"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Leads.csv: 9,240 rows in ").contains("""
                  leads created                  9,240
                  leads merged                       0
                  rows already imported              0
                  activities recorded           24,350
                  activities already there           0
                  rows rejected                      0
                """);

        try (Database database = Database.open(db)) {
            List<LeadProjection> leads = new LeadStore(database).list(null, null, null, 10_000, 0);
            assertThat(leads).hasSize(9_240).allSatisfy(l -> assertThat(l.externalId()).isNotBlank());
            Map<String, Long> stages = leads.stream().collect(Collectors.groupingBy(LeadProjection::stage,
                    Collectors.counting()));
            System.out.println("stages: " + stages);
            assertThat(stages).as("no repeat visits in one page view, so fewer MQLs than XEducationScoringTest")
                    .containsExactlyInAnyOrderEntriesOf(Map.of("new", 8_775L, "mql", 465L));
            assertThat(leads.stream().filter(l -> l.stage().equals("mql")))
                    .allSatisfy(l -> assertThat(l.agreementVersion()).isEqualTo("2026.1"));
            Map<String, LeadProjection> byId = leads.stream().collect(Collectors.toMap(LeadProjection::externalId,
                    Function.identity()));
            // The file's second row, as the bench's XEducationLeadsTest knows it.
            assertThat(byId.get("2a272436-5132-4136-86fa-dcc88c88f482").attributes())
                    .containsEntry("source", "Organic Search").containsEntry("occupation", "Unemployed")
                    .doesNotContainKey("industry");
        }
    }
}
