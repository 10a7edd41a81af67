package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {
    static final String EXAMPLE = "../examples/agreement.yaml";
    static final String PROPOSED = "../examples/agreement-proposed.yaml";

    @Test
    void a_valid_agreement_checks_clean_with_a_one_line_summary() {
        CliRun run = CliRun.of("agreement", "check", EXAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith("../examples/agreement.yaml: ok: \"Acme Analytics sales & marketing agreement\" v2027.1")
                .contains("threshold 60").endsWith("signed by both teams (can be activated)");
    }

    @Test
    void an_invalid_agreement_exits_2_and_prints_every_problem_with_file_line_and_path(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("sla.yaml");
        Files.writeString(file, """
                agreement:
                  name: Typos
                  version: "1"
                  effective: 2027-01-01
                  term: {months: 12}
                scoring:
                  threshold: 60
                  rules:
                    - {id: a, activity: page-view, points: 5}
                    - {id: b, activity: email-open, points: 1}
                    - {id: c, activity: email-click, points: 2}
                    - {id: d, activity: webinar-attended, points: 7.5}
                  bandz: {A: 80}
                """);
        CliRun run = CliRun.of("agreement", "check", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                file + ":12: scoring.rules[3].points: must be a whole number",
                file + ":13: scoring.bandz: unknown key (did you mean 'bands'?); known keys: threshold, maximum, bands, "
                        + "rules, ignoredPages, visitGap");
    }

    @Test
    void a_missing_file_is_an_error_not_a_crash() {
        CliRun run = CliRun.of("agreement", "check", "no/such/file.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no/such/file.yaml: cannot read");
    }

    @Test
    void diff_prints_what_changed_clause_by_clause() {
        CliRun run = CliRun.of("agreement", "diff", EXAMPLE, PROPOSED);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("v2027.1 to Acme Analytics sales & marketing agreement v2027.2: 7 change(s)")
                .contains("  scoring.threshold: 60 → 65")
                .contains("  scoring.rules[trial]: added (+15 per trial-request)")
                .contains("  signatures.sales: removed (was Sam Okafor (VP Sales), signed 2026-12-16T16:30:00Z)");
    }

    @Test
    void diff_of_a_file_with_itself_has_no_changes() {
        assertThat(CliRun.of("agreement", "diff", EXAMPLE, EXAMPLE).out()).contains(": no changes");
    }

    @Test
    void version_and_help_are_there() {
        assertThat(CliRun.of("--version").out()).startsWith("LeadPact ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("agreement").contains("score");
    }
}
