package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.lead.LeadState;

/**
 * The CRM sales opportunities imported as lead histories (examples/crm-pipeline-mapping.yaml), with
 * accounts, products and teams joined: the log's funnel matches the pipeline file, counted here from it.
 */
class CrmPipelineImportIT {
    static final RealDataSets CRM = RealDataSets.CRM_PIPELINE;

    @TempDir
    Path dir;

    @Test
    void the_pipeline_in_the_log_is_the_one_the_csv_files_tell_of_with_each_quirk_counted() throws IOException {
        assumeTrue(CRM.present(), "CRM data not found at " + CRM.csv().toAbsolutePath());
        List<CsvTable.Row> rows = CsvTable.rows(Files.readString(CRM.csv(), StandardCharsets.UTF_8));
        long engaged = rows.stream().filter(r -> !r.get("engage_date").isEmpty()).count();
        long won = rows.stream().filter(r -> r.get("deal_stage").equals("Won")).count();
        long lost = rows.stream().filter(r -> r.get("deal_stage").equals("Lost")).count();
        BigDecimal wonValue = rows.stream().filter(r -> r.get("deal_stage").equals("Won"))
                .map(r -> new BigDecimal(r.get("close_value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Long> wonByAgent = new TreeMap<>();
        rows.stream().filter(r -> r.get("deal_stage").equals("Won"))
                .forEach(r -> wonByAgent.merge(r.get("sales_agent"), 1L, Long::sum));
        List<CsvTable.Row> gtxPro = rows.stream().filter(r -> r.get("product").equals("GTXPro")).toList();
        long noAccount = rows.stream().filter(r -> r.get("account").isEmpty()).count();
        long noEngageDate = rows.size() - engaged;

        String db = TestDatabases.h2(dir);
        RealDataSets.Imported imported = CRM.importInto(db);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("leads created                  8,800")
                .contains("rows rejected                      0")
                .contains(String.format(java.util.Locale.ROOT, "product: 'GTXPro' read as 'GTX Pro': %,d rows (lines %d, ",
                        gtxPro.size(), gtxPro.getFirst().line()))
                .contains(String.format(java.util.Locale.ROOT, "account: no value, nothing joined from accounts.csv: "
                        + "%,d rows", noAccount))
                .contains(String.format(java.util.Locale.ROOT, "engage_date: no value, the row recorded at "
                        + "2017-12-31T00:00:00Z (atWhenMissing): %,d rows", noEngageDate));

        LogCounts log = LogCounts.of(db);
        assertThat(log.leads).isEqualTo(rows.size());
        assertThat(log.mqls).as("engaged opportunities qualify; prospects stay leads").isEqualTo(engaged);
        assertThat(log.handedOff).isEqualTo(engaged);
        assertThat(log.opportunities).isEqualTo(engaged);
        assertThat(log.won).isEqualTo(won);
        assertThat(log.lost).isEqualTo(lost);
        assertThat(log.wonValue).isEqualByComparingTo(wonValue);
        assertThat(log.wonByOwner).isEqualTo(wonByAgent);

        Map<String, Long> funnel = funnel(db);
        assertThat(funnel).containsEntry("lead", (long) rows.size()).containsEntry("mql", engaged)
                .containsEntry("opportunity", engaged).containsEntry("won", won).containsEntry("lost", lost);
        String agent = wonByAgent.keySet().iterator().next();
        assertThat(funnel(db, "--rep", agent)).as("the funnel of %s alone", agent)
                .containsEntry("won", wonByAgent.get(agent));

        try (Database database = Database.open(db)) {
            LeadStore store = new LeadStore(database);
            LeadState first = store.load(store.leadIdByExternalId(gtxPro.getFirst().get("opportunity_id"))
                    .orElseThrow()).orElseThrow();
            assertThat(first.attributes().text("product")).hasValue("GTX Pro");
            assertThat(first.attributes().text("listPrice")).as("joined from products.csv").hasValue("4821");
            assertThat(first.attributes().text("regionalOffice")).as("joined from sales_teams.csv").isPresent();
        }
    }

    /** Leads per stage in the funnel report over the data set's whole span (2016 to 2018). */
    private static Map<String, Long> funnel(String db, String... filter) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("report", "funnel", "--from", "2016-01-01", "--to",
                "2018-12-31", "--format", "json", "--db", db));
        args.addAll(List.of(filter));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Long> stages = new TreeMap<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("stages")
                .forEach(st -> stages.put(st.get("stage").asText(), st.get("leads").asLong()));
        return stages;
    }
}
