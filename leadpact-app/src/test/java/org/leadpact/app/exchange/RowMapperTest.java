package org.leadpact.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

class RowMapperTest {
    static final Instant IMPORTED_AT = Instant.parse("2027-05-01T09:00:00Z");
    static final String HEADER = "CRM Id,Email,Company,Newsletter,Created,Last Touch,Topic,Visit seconds";

    private static MappedRow map(String mappingYaml, String csv) {
        Mapping mapping = MappingReader.parse("m.yaml", mappingYaml).mappingOrNull();
        return new RowMapper(mapping, IMPORTED_AT).map(CsvTable.rows(csv).get(0));
    }

    private static MappedRow map(String row) {
        return map(MappingReaderTest.MAPPING, HEADER + "\n" + row);
    }

    @Test
    void values_are_trimmed_replaced_by_their_column_map_and_dropped_when_missing() {
        MappedRow row = map("  c-1 , Ann@Contoso.example ,Select,Yes,2027-03-01T10:00:00Z,,,");
        assertThat(row.problems()).isEmpty();
        assertThat(row.externalId()).isEqualTo("c-1");
        assertThat(row.attributes()).containsExactly(java.util.Map.entry("email", "Ann@Contoso.example"));
        assertThat(row.at()).isEqualTo(Instant.parse("2027-03-01T10:00:00Z"));
        assertThat(row.atFromData()).isTrue();
        assertThat(map("c-1,,n/a,?,2027-03-01,,,").attributes()).isEmpty();
        assertThat(map("c-1,,'=1+1,,2027-03-01,,,").attributes()).as("as LeadPact exported it")
                .containsEntry("company", "=1+1");
    }

    @Test
    void an_activity_column_names_its_activity_through_the_types_map_or_by_its_code() {
        Instant at = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(map("c-1,,,,2027-03-01,Webinar,Pricing deep dive,").activities()).containsExactly(
                Activity.of(ActivityType.WEBINAR_ATTENDED, at).withSubject("Pricing deep dive"));
        assertThat(map("c-1,,,,2027-03-01,Opened,Ignored,").activities()).containsExactly(
                Activity.of(ActivityType.EMAIL_OPEN, at).withSubject("Spring campaign"));
        assertThat(map("c-1,,,,2027-03-01,demo-request,,").activities()).containsExactly(
                Activity.of(ActivityType.DEMO_REQUEST, at));
        assertThat(map("c-1,,,,2027-03-01,Edited,,").activities()).isEmpty();
        assertThat(map("c-1,,,,2027-03-01,,,312.0").activities()).containsExactly(Activity.pageView(at, null, 312));
    }

    @Test
    void every_problem_of_a_row_is_collected() {
        MappedRow row = map(" ,,,,last week,Tweeted,,a while");
        assertThat(row.rejected()).isTrue();
        assertThat(row.problems()).containsExactly(
                "no e-mail (Email) and no external id (CRM Id): the lead cannot be matched",
                "Created: 'last week' is not an instant like 2027-03-01T10:00:00Z, a date like 2027-03-01, or "
                        + "2027-03-01 10:00:00 (UTC)");
        assertThat(map("c-1,,,,2027-03-01,Tweeted,,a while").problems()).containsExactly(
                "Last Touch: 'Tweeted' names no activity (map it in activities[0].types, to an activity type or none)",
                "Visit seconds: 'a while' is not a number of seconds");
        assertThat(map("c-1,,,,,,,").problems()).containsExactly("Created: no instant (the row's facts need one)");
    }

    @Test
    void without_an_instant_in_the_mapping_the_row_happens_at_the_import() {
        MappedRow row = map("attributes: {email: Email}\n", "Email\nann@contoso.example\n");
        assertThat(row.at()).isEqualTo(IMPORTED_AT);
        assertThat(row.atFromData()).isFalse();
    }

    @Test
    void identical_activities_of_one_row_are_one_activity() {
        String mapping = """
                externalId: Id
                at: 2027-01-01
                activities:
                  - columns: [Last, Last notable]
                    types: {Opened: email-open, Modified: none}
                """;
        assertThat(map(mapping, "Id,Last,Last notable\nx,Opened,Opened\n").activities()).hasSize(1);
        assertThat(map(mapping, "Id,Last,Last notable\nx,Opened,Modified\n").activities()).hasSize(1);
    }

    @Test
    void event_ids_follow_the_content_not_the_line_or_the_time_of_the_import() {
        String mapping = "externalId: Id\nattributes: {email: Email}\nactivities: [{column: Did}]\n";
        Mapping m = MappingReader.parse("m.yaml", mapping).mappingOrNull();
        List<CsvTable.Row> rows = CsvTable.rows("Id,Email,Did\nx,a@b.example,email-open\nx,a@b.example,email-open\n"
                + "x,A@B.example,email-open\ny,a@b.example,email-open\n");
        MappedRow first = new RowMapper(m, IMPORTED_AT).map(rows.get(0));
        MappedRow again = new RowMapper(m, IMPORTED_AT.plusSeconds(86_400)).map(rows.get(1));
        MappedRow otherCase = new RowMapper(m, IMPORTED_AT).map(rows.get(2));
        MappedRow otherLead = new RowMapper(m, IMPORTED_AT).map(rows.get(3));
        assertThat(ImportIds.attributes(again)).isEqualTo(ImportIds.attributes(first)).startsWith("import-");
        assertThat(ImportIds.activity(again, again.activities().get(0)))
                .isEqualTo(ImportIds.activity(first, first.activities().get(0)));
        assertThat(ImportIds.attributes(otherCase)).as("a changed value is a new fact")
                .isNotEqualTo(ImportIds.attributes(first));
        assertThat(ImportIds.activity(otherLead, otherLead.activities().get(0)))
                .isNotEqualTo(ImportIds.activity(first, first.activities().get(0)));
    }
}
