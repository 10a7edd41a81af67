package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planning commands' contracts: their JSON, their tables, and their refusals (exit code 2). */
class PlanCommandTest {
    static final String[] CONTRACT = {"plan", "--revenue-goal", "500000", "--order-size", "10000",
        "--sales-cycle-months", "3", "--leads-per-order", "6", "--year", "2027"};

    @TempDir
    Path dir;

    static CliRun plan(String... extra) {
        String[] args = java.util.Arrays.copyOf(CONTRACT, CONTRACT.length + extra.length);
        System.arraycopy(extra, 0, args, CONTRACT.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void the_reverse_funnel_prints_exactly_the_agreed_json() {
        CliRun run = plan("--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"ordersNeeded\":50,\"months\":["
                + "{\"month\":\"2027-01\",\"orders\":0,\"qualifiedLeads\":30},"
                + "{\"month\":\"2027-02\",\"orders\":0,\"qualifiedLeads\":30},"
                + "{\"month\":\"2027-03\",\"orders\":0,\"qualifiedLeads\":30},"
                + "{\"month\":\"2027-04\",\"orders\":5,\"qualifiedLeads\":30},"
                + "{\"month\":\"2027-05\",\"orders\":5,\"qualifiedLeads\":36},"
                + "{\"month\":\"2027-06\",\"orders\":5,\"qualifiedLeads\":36},"
                + "{\"month\":\"2027-07\",\"orders\":5,\"qualifiedLeads\":36},"
                + "{\"month\":\"2027-08\",\"orders\":6,\"qualifiedLeads\":36},"
                + "{\"month\":\"2027-09\",\"orders\":6,\"qualifiedLeads\":36},"
                + "{\"month\":\"2027-10\",\"orders\":6,\"qualifiedLeads\":0},"
                + "{\"month\":\"2027-11\",\"orders\":6,\"qualifiedLeads\":0},"
                + "{\"month\":\"2027-12\",\"orders\":6,\"qualifiedLeads\":0}],"
                + "\"totals\":{\"orders\":50,\"qualifiedLeads\":300}}");
    }

    @Test
    void the_reverse_funnel_table_lines_up_its_columns() {
        CliRun run = plan();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("""
                month    orders  qualified leads
                2027-01       0               30
                """).contains("""
                2027-12       6                0
                total        50              300
                """).contains("= 50 orders (rounded up)");
    }

    @Test
    void wrong_numbers_are_refused_with_exit_code_2_and_what_is_wrong() {
        CliRun fraction = CliRun.of("plan", "--revenue-goal", "500000", "--order-size", "10000",
                "--sales-cycle-months", "2.5", "--leads-per-order", "6", "--year", "2027");
        assertThat(fraction.exitCode()).isEqualTo(2);
        assertThat(fraction.err()).contains("--sales-cycle-months: '2.5' is not a whole number");

        CliRun year = CliRun.of("plan", "--revenue-goal", "500000", "--order-size", "10000",
                "--sales-cycle-months", "12", "--leads-per-order", "6", "--year", "2027");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(year.err()).contains("1 to 11 whole months (got 12)");

        CliRun negative = CliRun.of("plan", "--revenue-goal", "-5", "--order-size", "10000",
                "--sales-cycle-months", "3", "--leads-per-order", "6", "--year", "2027");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("the revenue goal must be more than zero (got -5)");

        CliRun text = CliRun.of("plan", "--revenue-goal", "lots", "--order-size", "10000",
                "--sales-cycle-months", "3", "--leads-per-order", "6", "--year", "2027");
        assertThat(text.err()).contains("--revenue-goal: 'lots' is not a number");

        CliRun missing = CliRun.of("plan", "--revenue-goal", "500000", "--year", "2027");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--order-size is needed (or --from-history");
    }

    @Test
    void the_raw_lead_goal_prints_year_and_month_with_its_roundings() throws IOException {
        CliRun run = CliRun.of("plan", "leads", "--bookings-goal", "1000000", "--average-price", "20000",
                "--lead-to-opportunity", "0.10", "--opportunity-to-deal", "0.25", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("year").toString()).isEqualTo("{\"deals\":50,\"opportunities\":200,\"leads\":2000}");
        assertThat(json.get("perMonth").toString()).isEqualTo("{\"deals\":5,\"opportunities\":17,\"leads\":167}");
        assertThat(json.get("definitions").get("perMonth").asText()).contains("/ 12, rounded up");

        CliRun table = CliRun.of("plan", "leads", "--bookings-goal", "1000000", "--average-price", "20000",
                "--lead-to-opportunity", "0.10", "--opportunity-to-deal", "0.25");
        assertThat(table.out()).contains("""
                needed         per year  per month
                deals                50          5
                opportunities       200         17
                leads             2,000        167
                """).contains("10% of leads become opportunities");

        CliRun bad = CliRun.of("plan", "leads", "--bookings-goal", "1000000", "--average-price", "20000",
                "--lead-to-opportunity", "10", "--opportunity-to-deal", "0.25");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("write 10% as 0.10");
    }

    @Test
    void the_what_if_shows_both_funnels_the_change_at_the_end_and_the_weakest_step() throws IOException {
        Path funnel = Files.writeString(dir.resolve("funnel.json"), """
                {"stages": ["Lead", "MQL", "Opportunity", "Demo", "Won"],
                 "entering": 1000,
                 "rates": [0.3, 0.5, 0.4, 0.25]}
                """);
        CliRun run = CliRun.of("whatif", "--funnel", funnel.toString(), "--set", "Opportunity->Demo=0.70",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("stages").get(3).toString()).isEqualTo("{\"stage\":\"Demo\",\"base\":60,\"changed\":105}");
        assertThat(json.get("finalStage").toString())
                .isEqualTo("{\"stage\":\"Won\",\"base\":15,\"changed\":26,\"change\":11}");
        assertThat(json.get("weakestStep").get("base").toString())
                .isEqualTo("{\"from\":\"Demo\",\"to\":\"Won\",\"rate\":0.25}");
        assertThat(json.get("steps").get(2).get("changed").decimalValue()).isEqualByComparingTo("0.70");

        CliRun table = CliRun.of("whatif", "--funnel", funnel.toString(), "--set", "Opportunity->Demo=0.70",
                "--set", "Demo->Won=0.5");
        assertThat(table.out()).contains("Won: 15 -> 53 (+38)").contains("weakest step: Demo->Won at 0.25 before, "
                + "Lead->MQL at 0.3 after");
    }

    @Test
    void a_bad_funnel_or_change_is_refused_with_its_field_path() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"stages": ["A", "B", "C"],
                 "entering": 10.5,
                 "rates": [0.5, 1.5]}
                """);
        CliRun run = CliRun.of("whatif", "--funnel", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":2: entering: must be a whole number")
                .contains(bad + ":3: rates[1]: must be a share between 0 and 1 (got 1.5");

        Path short_ = Files.writeString(dir.resolve("short.json"), "{\"stages\": [\"A\", \"B\", \"C\"], "
                + "\"entering\": 10, \"rates\": [0.5]}");
        assertThat(CliRun.of("whatif", "--funnel", short_.toString()).err()).contains("rates: 3 stages need 2 rates");

        Path good = Files.writeString(dir.resolve("good.json"), "{\"stages\": [\"A\", \"B\", \"C\"], "
                + "\"entering\": 10, \"rates\": [0.5, 0.5]}");
        CliRun skip = CliRun.of("whatif", "--funnel", good.toString(), "--set", "A->C=0.9");
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err()).contains("'A->C' is not a step: the stage after 'A' is 'B'");
        assertThat(CliRun.of("whatif", "--funnel", good.toString(), "--set", "A->B=1.1").err())
                .contains("between 0 and 1 (got 1.1)");
        assertThat(CliRun.of("whatif", "--funnel", good.toString(), "--set", "A=B").err())
                .contains("write FROM->TO=RATE");
    }
}
