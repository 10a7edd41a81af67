package org.leadpact.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.ScoringRule;

class AgreementFileReaderTest {
    static final Path EXAMPLE = Path.of("..", "examples", "agreement.yaml");

    static String resource(String name) throws IOException {
        try (var in = Objects.requireNonNull(AgreementFileReaderTest.class.getResourceAsStream("/agreements/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> problems(String name) throws IOException {
        return AgreementFileReader.parse(name, resource(name)).problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void the_example_agreement_reads_clean_and_encodes_the_classic_definition() throws IOException {
        AgreementFile file = AgreementFileReader.read(EXAMPLE);
        assertThat(file.problems()).isEmpty();
        Agreement a = file.orThrow();
        assertThat(a.version()).isEqualTo("2027.1");
        assertThat(a.activatable()).isTrue();
        assertThat(a.targetBuyer().employees().min()).isEqualTo(100.0);
        assertThat(a.targetBuyer().hqLocations()).containsExactly("North America");
        assertThat(a.targetBuyer().excludeIndustries()).containsExactly("Government", "Non-profit");
        assertThat(a.behaviouralQualifiers().rule()).isEqualTo(QualificationRule.BEHAVIOUR_AND_SCORE);
        assertThat(a.behaviouralQualifiers().anyOf()).hasSize(6);
        assertThat(a.scoring().threshold()).isEqualTo(60);
        assertThat(a.scoring().bands()).extracting(b -> b.name() + ":" + b.from() + "-" + b.to())
                .containsExactly("A:80-null", "B:60-79", "C:30-59");
        assertThat(a.scoring().rules()).hasSize(14).first().isInstanceOf(ScoringRule.AttributeRule.class);
        assertThat(a.marketingSla().handOffWithin()).isEqualTo(AgreedDuration.parse("3 hours"));
        assertThat(a.salesSla().firstFollowUpTarget()).isEqualTo(AgreedDuration.parse("5 minutes"));
        assertThat(a.salesSla().firstFollowUpMaximum().business()).isTrue();
        assertThat(a.salesSla().calls()).isEqualTo(3);
        assertThat(a.salesSla().emails()).isEqualTo(3);
        assertThat(a.salesSla().statusUpdateWithin()).isEqualTo(AgreedDuration.parse("2 weeks"));
        assertThat(a.mutualSla().feedbackMeetingEvery().code()).isEqualTo("week");
        assertThat(a.calendar().workingHours().get(java.time.DayOfWeek.MONDAY)).hasSize(2);
        assertThat(a.opportunityStages().ladder()).hasSize(10);
    }

    @Test
    void a_minimal_agreement_gets_sensible_defaults() throws IOException {
        Agreement a = AgreementFileReader.parse("minimal.yaml", resource("minimal.yaml")).orThrow();
        assertThat(a.activatable()).isFalse();
        assertThat(a.dispositions().allowed()).hasSize(5);
        assertThat(a.opportunityStages().first().name()).isEqualTo("prospect-new");
        assertThat(a.behaviouralQualifiers().rule()).isEqualTo(QualificationRule.SCORE);
        assertThat(a.identity().reviewEvery().code()).isEqualTo("quarter");
    }

    @Test
    void every_problem_of_a_broken_file_is_reported_with_its_line_and_path() throws IOException {
        assertThat(problems("broken.yaml")).containsExactly(
                "broken.yaml:4: agreement.effective: must be a date like 2027-01-01, not '2027-13-01'",
                "broken.yaml:6: agreement.term.months: must be a whole number",
                "broken.yaml:7: agreement.reviewEvery: 'fortnightly' is not one of: week, two-weeks, month, quarter, "
                        + "half-year, year",
                "broken.yaml:9: targetBuyer.companySize: min 500 is above max 100",
                "broken.yaml:12: targetBuyer.hqLocations[1]: 'Atlantis' is neither a country nor a known region "
                        + "(North America, LATAM, Europe, EMEA, DACH, Nordics, UK&I, Benelux, Middle East, APAC, ANZ)",
                "broken.yaml:13: scoring.threshold: is required",
                "broken.yaml:14: scoring.thresold: unknown key (did you mean 'threshold'?); known keys: threshold, "
                        + "maximum, bands, rules, ignoredPages, visitGap",
                "broken.yaml:19: scoring.rules[0].points: must be a whole number",
                "broken.yaml:21: scoring.rules[1].activity: 'page-veiw' is not one of: page-view, form-fill, "
                        + "content-registration, webinar-registration, webinar-attended, email-open, email-click, "
                        + "question-answered, trial-request, demo-request, contact-sales, inbound-call, inbound-email, "
                        + "unsubscribe, sales-call, sales-email, sales-meeting",
                "broken.yaml:23: scoring.rules[2]: a rule scores exactly one of: an attribute, an activity (or "
                        + "activities), a metric",
                "broken.yaml:27: fastTrack[1]: 'coffee-chat' is not one of: page-view, form-fill, content-registration, "
                        + "webinar-registration, webinar-attended, email-open, email-click, question-answered, "
                        + "trial-request, demo-request, contact-sales, inbound-call, inbound-email, unsubscribe, "
                        + "sales-call, sales-email, sales-meeting",
                "broken.yaml:28: dispositions: keep 3 to 5 dispositions; 2 listed",
                "broken.yaml:30: calendar.timeZone: 'Mars/Olympus_Mons' is not a time zone (use a region id like "
                        + "America/New_York)",
                "broken.yaml:32: calendar.workingHours.monday: working times 09:00-12:00 and 11:00-17:00 overlap");
    }

    @Test
    void contradictions_between_clauses_are_reported_on_their_lines() throws IOException {
        assertThat(problems("contradictory.yaml")).containsExactly(
                "contradictory.yaml:4: agreement.effective: the agreement takes effect on 2027-06-01, after its term "
                        + "ends on 2027-01-31",
                "contradictory.yaml:8: scoring.threshold: no lead can reach the threshold 60: the model gives at most "
                        + "50 points",
                "contradictory.yaml:10: scoring.bands.A: band A (80+) starts above the most points any lead can get (50)",
                "contradictory.yaml:11: scoring.bands.B: band B (60–85) overlaps band A (80+)",
                "contradictory.yaml:11: scoring.bands.B: band B (60–85) starts above the most points any lead can get (50)",
                "contradictory.yaml:21: fastTrack[1]: sales-call is a sales touch, not a lead's action: it "
                        + "cannot fast-track a lead");
    }

    @Test
    void a_yaml_syntax_error_is_reported_with_its_line() {
        AgreementFile file = AgreementFileReader.parse("bad.yaml", "agreement:\n  name: x\n  version: [1, 2\nscoring: {}\n");
        assertThat(file.valid()).isFalse();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(3, 4);
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void a_tab_used_for_indentation_is_reported_on_its_own_line_in_one_line_of_text() {
        AgreementFile file = AgreementFileReader.parse("tab.yaml", "agreement:\n  name: x\n\tversion: 1\n");
        assertThat(file.problems()).extracting(FileProblem::toString).singleElement().asString()
                .startsWith("tab.yaml:3: (file): not valid YAML: ").contains("Do not use \\t(TAB) for indentation")
                .doesNotContain("\n");
    }

    @Test
    void two_bands_starting_at_the_same_score_are_an_error() {
        AgreementFile file = AgreementFileReader.parse("bands.yaml", """
                agreement: {name: A, version: "1", effective: 2027-01-01, term: {months: 12}}
                scoring:
                  threshold: 10
                  bands: {A: 80, B: 80}
                  rules:
                    - {id: a, activity: page-view, points: 5}
                """);
        assertThat(file.problems()).extracting(FileProblem::toString)
                .containsExactly("bands.yaml:4: scoring.bands.B: band B starts at 80, like band A");
    }

    @Test
    void a_duplicate_key_is_an_error_not_a_silent_overwrite() {
        AgreementFile file = AgreementFileReader.parse("dup.yaml", """
                agreement:
                  name: A
                  version: "1"
                  effective: 2027-01-01
                  term: {months: 12}
                scoring:
                  threshold: 10
                  threshold: 20
                  rules:
                    - {id: a, activity: page-view, points: 5}
                """);
        assertThat(file.problems()).extracting(FileProblem::toString)
                .containsExactly("dup.yaml:8: scoring.threshold: duplicate key (first at line 7)");
    }

    @Test
    void an_empty_file_says_what_is_required() {
        assertThat(AgreementFileReader.parse("empty.yaml", "").problems()).extracting(FileProblem::toString)
                .containsExactly("empty.yaml:1: agreement: is required", "empty.yaml:1: scoring: is required");
    }
}
