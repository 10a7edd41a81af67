package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.store.TestDatabases;

/**
 * The Olist marketing funnel imported as lead histories (examples/olist-mapping.yaml): the event log's
 * funnel matches what the two CSV files say, counted here straight from them.
 */
class OlistImportIT {
    static final RealDataSets OLIST = RealDataSets.OLIST;

    @TempDir
    Path dir;

    /** The figures the CSV files give, computed without the importer. */
    static final class FromCsv {
        final int mqls;
        final int deals;
        final BigDecimal declaredRevenue;
        final Map<String, Long> mqlsByOrigin = new TreeMap<>();
        final Map<String, Long> wonByOrigin = new TreeMap<>();
        final Map<String, Long> wonBySdr = new TreeMap<>();
        final List<Integer> wonBeforeFirstContact;

        FromCsv() throws IOException {
            List<CsvTable.Row> mqlRows = CsvTable.rows(Files.readString(OLIST.csv(), StandardCharsets.UTF_8));
            List<CsvTable.Row> dealRows = CsvTable.rows(Files.readString(
                    OLIST.folder().resolve("olist_closed_deals_dataset.csv"), StandardCharsets.UTF_8));
            Map<String, CsvTable.Row> byId = new HashMap<>();
            mqlRows.forEach(r -> byId.put(r.get("mql_id"), r));
            mqls = mqlRows.size();
            deals = dealRows.size();
            mqlRows.forEach(r -> mqlsByOrigin.merge(origin(r), 1L, Long::sum));
            BigDecimal revenue = BigDecimal.ZERO;
            for (CsvTable.Row deal : dealRows) {
                revenue = revenue.add(new BigDecimal(deal.get("declared_monthly_revenue")));
                wonByOrigin.merge(origin(byId.get(deal.get("mql_id"))), 1L, Long::sum);
                wonBySdr.merge(deal.get("sdr_id"), 1L, Long::sum);
            }
            declaredRevenue = revenue;
            wonBeforeFirstContact = dealRows.stream().map(d -> byId.get(d.get("mql_id")))
                    .filter(m -> dealOf(dealRows, m).get("won_date").substring(0, 10)
                            .compareTo(m.get("first_contact_date")) < 0)
                    .map(CsvTable.Row::line).toList();
        }

        private static CsvTable.Row dealOf(List<CsvTable.Row> deals, CsvTable.Row mql) {
            return deals.stream().filter(d -> d.get("mql_id").equals(mql.get("mql_id"))).findFirst().orElseThrow();
        }

        private static String origin(CsvTable.Row mql) {
            return mql.get("origin").isBlank() ? "(none)" : mql.get("origin");
        }
    }

    static void assertMatchesTheFiles(String db, RealDataSets.Imported imported) throws IOException {
        FromCsv csv = new FromCsv();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("8,000 rows in").contains("leads created                  8,000")
                .contains("rows rejected                      0")
                .contains("lifecycle.won: won_date before first_contact_date, recorded at that instant: 1 row (line "
                        + csv.wonBeforeFirstContact.getFirst() + ")");
        assertThat(csv.wonBeforeFirstContact).hasSize(1);

        LogCounts log = LogCounts.of(db);
        assertThat(log.leads).isEqualTo(csv.mqls);
        assertThat(log.mqls).as("every Olist lead is an MQL").isEqualTo(csv.mqls);
        assertThat(log.handedOff).isEqualTo(csv.deals);
        assertThat(log.opportunities).isEqualTo(csv.deals);
        assertThat(log.won).isEqualTo(csv.deals);
        assertThat(log.lost).isZero();
        assertThat(log.wonValue).isEqualByComparingTo(csv.declaredRevenue);
        assertThat(log.leadsBySource).isEqualTo(csv.mqlsByOrigin);
        assertThat(log.wonBySource).isEqualTo(csv.wonByOrigin);
        assertThat(log.wonByOwner).as("the SDR the deal was handed to owns it").isEqualTo(csv.wonBySdr);
    }

    @Test
    void the_olist_funnel_in_the_log_is_the_one_the_csv_files_tell_of() throws IOException {
        assumeTrue(OLIST.present(), "Olist data not found at " + OLIST.csv().toAbsolutePath());
        String db = TestDatabases.h2(dir);

        assertMatchesTheFiles(db, OLIST.importInto(db));

        reportsMatchTheFiles(db, new FromCsv());

        CliRun plan = CliRun.of("plan", "--from-history", "--revenue-goal", "1000000", "--year", "2019", "--db", db);
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // 61,784,006 / 842 deals; the README's median of 14.65 days; 8,000 / 842 = 9.50 leads per order.
        assertThat(plan.out()).contains("order size 73,377.68").contains("median 14.65 days from MQL to won over 842")
                .contains("sales cycle 1 month, 9.5 qualified leads per order");

        CliRun overridden = CliRun.of("plan", "--from-history", "--revenue-goal", "1000000", "--year", "2019",
                "--sales-cycle-months", "2", "--format", "json", "--db", db);
        assertThat(overridden.exitCode()).as(overridden.err()).isZero();
        JsonNode inputs = new ObjectMapper().readTree(overridden.out()).get("inputs");
        assertThat(inputs.get("salesCycleMonths").get("value").asInt()).isEqualTo(2);
        assertThat(inputs.get("salesCycleMonths").get("from").asText()).contains("from --sales-cycle-months");
        assertThat(inputs.get("orderSize").get("from").asText()).contains("from history: mean of 842 won deals");
        assertThat(inputs.get("history").get("leads").asLong()).isEqualTo(8_000);
    }

    /** The funnel and lead-source reports over the imported log tell the same figures as the CSV files. */
    static void reportsMatchTheFiles(String db, FromCsv csv) throws IOException {
        ObjectMapper json = new ObjectMapper();
        CliRun funnel = CliRun.of("report", "funnel", "--from", "2017-01-01", "--to", "2019-12-31", "--format", "json",
                "--db", db);
        assertThat(funnel.exitCode()).as(funnel.err()).isZero();
        Map<String, Long> stages = new TreeMap<>();
        json.readTree(funnel.out()).get("stages").forEach(st -> stages.put(st.get("stage").asText(),
                st.get("leads").asLong()));
        assertThat(stages).containsEntry("lead", (long) csv.mqls).containsEntry("mql", (long) csv.mqls)
                .containsEntry("opportunity", (long) csv.deals).containsEntry("won", (long) csv.deals)
                .containsEntry("lost", 0L);

        CliRun sources = CliRun.of("report", "sources", "--from", "2017-01-01", "--to", "2019-12-31", "--format",
                "json", "--db", db);
        assertThat(sources.exitCode()).as(sources.err()).isZero();
        Map<String, Long> leads = new TreeMap<>();
        Map<String, Long> opportunities = new TreeMap<>();
        BigDecimal wonValue = BigDecimal.ZERO;
        for (JsonNode row : json.readTree(sources.out()).get("rows")) {
            leads.put(row.get("value").asText(), row.get("leads").asLong());
            opportunities.put(row.get("value").asText(), row.get("opportunities").asLong());
            wonValue = wonValue.add(row.get("wonValue").decimalValue());
        }
        csv.mqlsByOrigin.forEach((origin, count) -> {
            if (!origin.equals("(none)")) {
                assertThat(leads).as("leads from %s", origin).containsEntry(origin, count);
            }
        });
        csv.wonByOrigin.forEach((origin, count) -> {
            if (!origin.equals("(none)")) {
                assertThat(opportunities).as("opportunities from %s", origin).containsEntry(origin, count);
            }
        });
        assertThat(leads.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(csv.mqls);
        assertThat(wonValue).isEqualByComparingTo(csv.declaredRevenue);
    }
}
