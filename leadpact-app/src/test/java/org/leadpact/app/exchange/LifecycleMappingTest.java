package org.leadpact.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.exchange.Lifecycle.Kind;
import org.leadpact.lifecycle.Command;

/** The mapping's lifecycle, join and atWhenMissing keys: read, checked, and applied to rows. */
class LifecycleMappingTest {
    static final Instant IMPORTED_AT = Instant.parse("2027-05-01T09:00:00Z");

    static final String DEALS = """
            externalId: Id
            attributes: {company: Account, rep: Rep}
            atColumn: Engaged
            atWhenMissing: 2027-12-31
            values:
              Product: {GTXPro: GTX Pro}
            join:
              - {file: products.csv, on: Product}
            lifecycle:
              stage:
                column: Stage
                values: {Prospecting: new, Engaging: opportunity, Won: won, Lost: lost}
              handOff: {at: Engaged, rep: Rep}
              opportunity: {at: Engaged}
              won: {at: Closed, amount: Value}
              lost: {at: Closed, reason: Why}
            """;
    static final String HEADER = "Id,Account,Rep,Product,Stage,Engaged,Closed,Value,Why";

    @TempDir
    Path dir;

    MappedRow map(String yaml, String csv) throws IOException {
        Files.writeString(dir.resolve("products.csv"), "Product,Price\nGTX Pro,4821\nMG,55\n");
        Mapping mapping = MappingReader.parse("m.yaml", yaml).mappingOrNull();
        List<FileProblem> problems = new ArrayList<>();
        List<JoinedTable> joined = new ArrayList<>();
        for (Join j : mapping.joins()) {
            joined.add(JoinedTable.read(j, dir, "m.yaml", problems));
        }
        assertThat(problems).isEmpty();
        return new RowMapper(mapping, IMPORTED_AT, joined).map(CsvTable.rows(csv).get(0));
    }

    MappedRow deal(String row) throws IOException {
        return map(DEALS, HEADER + "\n" + row);
    }

    @Test
    void a_won_deal_goes_through_hand_off_and_opportunity_to_its_win_each_at_its_instant() throws IOException {
        MappedRow row = deal("o-1,Acme,Ann,MG,Won,2027-02-01,2027-03-15 10:30:00,1200,");

        assertThat(row.problems()).isEmpty();
        assertThat(row.steps()).extracting(ImportStep::kind).containsExactly(Kind.HAND_OFF, Kind.OPPORTUNITY, Kind.WON);
        assertThat(row.steps().getFirst().rep()).isEqualTo("Ann");
        assertThat(row.steps().getLast().at()).isEqualTo(Instant.parse("2027-03-15T10:30:00Z"));
        assertThat(row.steps().getLast().command("import")).isEqualTo(new Command.CloseWon(
                Instant.parse("2027-03-15T10:30:00Z"), new BigDecimal("1200"), "import"));
        assertThat(row.notes()).isEmpty();
    }

    @Test
    void the_stage_column_decides_how_far_the_lead_got() throws IOException {
        assertThat(deal("o-1,Acme,Ann,MG,Engaging,2027-02-01,,,").steps()).extracting(ImportStep::kind)
                .containsExactly(Kind.HAND_OFF, Kind.OPPORTUNITY);
        MappedRow lost = deal("o-1,Acme,Ann,MG,Lost,2027-02-01,2027-02-20,0,price");
        assertThat(lost.steps()).extracting(ImportStep::kind).containsExactly(Kind.HAND_OFF, Kind.OPPORTUNITY,
                Kind.LOST);
        assertThat(lost.steps().getLast().reason()).isEqualTo("price");
        assertThat(deal("o-1,Acme,Ann,MG,Prospecting,,,,").steps()).isEmpty();
        assertThat(deal("o-1,Acme,Ann,MG,Parked,2027-02-01,,,").problems()).containsExactly(
                "Stage: 'Parked' names no stage (map it in lifecycle.stage.values: Prospecting, Engaging, Won, Lost)");
        assertThat(deal("o-1,Acme,,MG,Won,2027-02-01,,,").problems()).containsExactly(
                "Rep: no value (lifecycle.handOff needs the rep)",
                "Closed: no value (lifecycle.won needs its instant)");
    }

    @Test
    void quirks_are_imported_with_a_note_a_date_out_of_order_a_missing_date_a_replaced_value_a_missed_join()
            throws IOException {
        MappedRow early = deal("o-1,Acme,Ann,GTXPro,Won,2027-02-01,2027-01-30,10,");
        assertThat(early.problems()).isEmpty();
        assertThat(early.steps().getLast().at()).as("not before the step before it")
                .isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
        assertThat(early.notes()).containsExactly("Product: 'GTXPro' read as 'GTX Pro'",
                "lifecycle.won: Closed before Engaged, recorded at that instant");

        MappedRow prospect = deal("o-2,,Ann,Widget,Prospecting,,,,");
        assertThat(prospect.at()).isEqualTo(Instant.parse("2027-12-31T00:00:00Z"));
        assertThat(prospect.notes()).containsExactly("Product: no match in products.csv (Product), nothing joined",
                "Engaged: no value, the row recorded at 2027-12-31T00:00:00Z (atWhenMissing)");
    }

    @Test
    void a_joined_files_columns_are_the_rows_own() throws IOException {
        String yaml = DEALS.replace("attributes: {company: Account, rep: Rep}",
                "attributes: {company: Account, listPrice: Price}");
        assertThat(map(yaml, HEADER + "\no-1,Acme,Ann,GTXPro,Engaging,2027-02-01,,,").attributes())
                .containsEntry("listPrice", "4821");
    }

    @Test
    void without_a_stage_column_the_furthest_step_with_its_columns_filled_is_taken() throws IOException {
        String yaml = """
                externalId: Id
                atColumn: First
                lifecycle:
                  handOff: {at: First, rep: Sdr}
                  opportunity: {at: First, when: Won}
                  won: {at: Won, amount: Revenue}
                """;
        String header = "Id,First,Sdr,Won,Revenue";
        assertThat(map(yaml, header + "\nm-1,2018-01-01,,,").steps()).isEmpty();
        assertThat(map(yaml, header + "\nm-1,2018-01-01,s-1,,").steps()).extracting(ImportStep::kind)
                .containsExactly(Kind.HAND_OFF);
        assertThat(map(yaml, header + "\nm-1,2018-01-01,s-1,2018-02-01 12:00:00,0.0").steps())
                .extracting(ImportStep::kind).containsExactly(Kind.HAND_OFF, Kind.OPPORTUNITY, Kind.WON);
    }

    @Test
    void a_wrong_lifecycle_or_join_is_reported_on_its_line() {
        List<String> problems = MappingReader.parse("m.yaml", """
                externalId: Id
                atWhenMissing: 2027-12-31
                join:
                  - {file: x.csv}
                lifecycle:
                  stage: {column: S, values: {Open: pending}}
                  handOff: {at: A}
                  won: {at: B, amont: C}
                """).problems().stream().map(FileProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("m.yaml:2: atWhenMissing: applies to rows whose atColumn"))
                .anyMatch(p -> p.startsWith("m.yaml:4: join[0].on: is required"))
                .anyMatch(p -> p.startsWith("m.yaml:6: lifecycle.stage.values.Open: "))
                .anyMatch(p -> p.startsWith("m.yaml:7: lifecycle.handOff.rep: is required"))
                .anyMatch(p -> p.startsWith("m.yaml:8: lifecycle.won.amont: unknown key (did you mean 'amount'?)"));
    }

    @Test
    void a_joined_file_with_a_key_twice_or_without_its_key_column_is_refused_with_the_line() throws IOException {
        Files.writeString(dir.resolve("teams.csv"), "Agent,Office\nAnn,East\nBob,West\nAnn,West\n");
        List<FileProblem> problems = new ArrayList<>();
        Mapping.Column on = new Mapping.Column("Rep", "join[0].on", 3);
        assertThat(JoinedTable.read(new Join("teams.csv", on, "Agent", "join[0]", 2), dir, "m.yaml", problems)).isNull();
        assertThat(problems).extracting(FileProblem::toString)
                .containsExactly(dir.resolve("teams.csv") + ":4: Agent: key 'Ann' again (first on line 2)");
        problems.clear();
        assertThat(JoinedTable.read(new Join("teams.csv", on, "Name", "join[0]", 2), dir, "m.yaml", problems)).isNull();
        assertThat(problems).extracting(FileProblem::toString).first().asString()
                .startsWith("m.yaml:2: join[0].key: no column 'Name' in ");
    }

    @Test
    void the_example_mappings_for_the_real_data_are_valid() throws IOException {
        for (String name : List.of("olist-mapping.yaml", "crm-pipeline-mapping.yaml")) {
            MappingFile file = MappingReader.read(Path.of("../examples/" + name));
            assertThat(file.problems()).as(name).isEmpty();
            assertThat(file.mappingOrNull().lifecycle()).as(name).isNotNull();
        }
    }
}
