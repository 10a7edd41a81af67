package org.leadpact.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.lead.ActivityType;

class MappingReaderTest {
    static final String MAPPING = """
            externalId: CRM Id
            attributes:
              email: Email
              company: Company
            missing: ["Select", "n/a"]
            values:
              Newsletter: {"Yes": "true", "No": "false", "?": ~}
            atColumn: Created
            activities:
              - column: Last Touch
                types:
                  Webinar: webinar-attended
                  Opened: {type: email-open, subject: Spring campaign}
                  Edited: none
                subject: Topic
              - columns: [Visit seconds]
                type: page-view
                durationSeconds: Visit seconds
            """;

    private static List<String> problems(String yaml) {
        return MappingReader.parse("m.yaml", yaml).problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void a_mapping_names_columns_clean_up_rules_and_activities() {
        MappingFile file = MappingReader.parse("m.yaml", MAPPING);
        assertThat(file.problems()).isEmpty();
        Mapping m = file.mappingOrNull();
        assertThat(m.externalId().name()).isEqualTo("CRM Id");
        assertThat(m.attributes()).containsOnlyKeys("email", "company");
        assertThat(m.missing()).containsExactlyInAnyOrder("Select", "n/a", "");
        assertThat(m.trim()).isTrue();
        assertThat(m.values().get(0).replacements()).containsEntry("Yes", "true").containsEntry("?", null);
        assertThat(m.atColumn().name()).isEqualTo("Created");
        Mapping.ActivityRule touch = m.activities().get(0);
        assertThat(touch.types().get("Webinar").type()).isEqualTo(ActivityType.WEBINAR_ATTENDED);
        assertThat(touch.types().get("Opened").subject()).isEqualTo("Spring campaign");
        assertThat(touch.types().get("Edited")).isEqualTo(Mapping.ActivityTemplate.NONE);
        assertThat(m.activities().get(1).type()).isEqualTo(ActivityType.PAGE_VIEW);
        assertThat(m.columns()).extracting(Mapping.Column::name).contains("CRM Id", "Created", "Email", "Newsletter",
                "Last Touch", "Topic", "Visit seconds");
    }

    @Test
    void every_problem_of_a_bad_mapping_is_reported_on_its_line() {
        assertThat(problems("""
                externalId: Id
                atributes:
                  email: Email
                trim: maybe
                at: yesterday
                activities:
                  - column: Last
                    types:
                      Opened: email-opne
                      Called: {type: sales-call, result: ok}
                  - type: page-view
                """)).containsExactly(
                "m.yaml:2: atributes: unknown key (did you mean 'attributes'?); known keys: externalId, attributes, "
                        + "missing, trim, values, at, atColumn, atWhenMissing, activities, join, lifecycle",
                "m.yaml:4: trim: must be true or false",
                "m.yaml:5: at: must be a date-time with offset like 2026-12-15T10:00:00Z, not 'yesterday'",
                "m.yaml:9: activities[0].types.Opened: 'email-opne' is not one of: " + ActivityType.allCodes()
                        + " (or none)",
                "m.yaml:10: activities[0].types.Called.result: unknown key; known keys: type, subject, url, campaign, "
                        + "outcome",
                "m.yaml:11: activities[1]: name the column that tells of the activity (column: NAME, or columns: "
                        + "[NAME, ...])");
    }

    @Test
    void contradictory_keys_are_refused_where_they_are_written() {
        assertThat(problems("""
                attributes:
                  email: Email
                  externalId: Id
                at: 2027-01-01
                atColumn: Created
                activities:
                  - column: Last
                    type: email-open
                    types: {X: none}
                """)).containsExactly(
                "m.yaml:3: attributes.externalId: name the external id column with the top-level key externalId",
                "m.yaml:5: atColumn: give either at (one instant for every row) or atColumn (each row's instant), "
                        + "not both",
                "m.yaml:9: activities[0].types: give either type (every value is that activity) or types (each value "
                        + "names its activity), not both");
    }

    @Test
    void a_mapping_that_cannot_match_leads_is_refused() {
        assertThat(problems("attributes:\n  company: Company\n")).containsExactly("m.yaml:1: (file): name the column "
                + "of the lead's e-mail (attributes: {email: COLUMN}) or of its id in the source system "
                + "(externalId: COLUMN): leads are matched and merged by one of them");
    }

    @Test
    void yaml_syntax_errors_and_aliases_are_reported_on_their_lines() {
        assertThat(problems("externalId: Id\nattributes: {email: Email\n")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("m.yaml:3: (file): not valid YAML"));
        assertThat(problems("""
                externalId: Id
                activities:
                  - column: A
                    types: &t {X: email-open}
                  - column: B
                    types: *t
                """)).contains(
                "m.yaml:6: activities[1].types: YAML aliases (*t) are not supported: write the value out");
    }

    @Test
    void columns_the_csv_lacks_are_reported_on_the_line_naming_them() {
        MappingFile file = MappingReader.parse("m.yaml", MAPPING);
        List<String> header = List.of("CRM Id", "Email", "Compnay", "Newsletter", "Created", "Last Touch", "Topic",
                "Visit second");
        assertThat(file.problemsWith(header, "leads.csv")).extracting(FileProblem::toString).containsExactly(
                "m.yaml:4: attributes.company: no column 'Company' in leads.csv (did you mean 'Compnay'?)",
                "m.yaml:16: activities[1].columns[0]: no column 'Visit seconds' in leads.csv (did you mean "
                        + "'Visit second'?)",
                "m.yaml:18: activities[1].durationSeconds: no column 'Visit seconds' in leads.csv (did you mean "
                        + "'Visit second'?)");
    }

    @Test
    void the_x_education_mapping_is_valid() throws IOException {
        MappingFile file = MappingReader.read(Path.of("../examples/x-education-mapping.yaml"));
        assertThat(file.problems()).isEmpty();
        assertThat(file.mappingOrNull().at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
