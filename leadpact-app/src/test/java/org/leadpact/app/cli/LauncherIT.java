package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as a separate process the way the ./leadpact launcher runs it. */
class LauncherIT {
    private static final Path JAR = Path.of("target", "leadpact.jar");

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar built by mvn package").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("leadpact-out", ".txt");
        Path err = Files.createTempFile("leadpact-err", ".txt");
        Process p = new ProcessBuilder(command).directory(Path.of(".").toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_runs_the_cli_with_help_and_version() throws Exception {
        Result help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: leadpact").contains("agreement").contains("score");
        assertThat(run("--version").out()).startsWith("LeadPact 0.");
    }

    @Test
    void check_exits_0_for_the_example_and_2_for_a_broken_file() throws Exception {
        Result ok = run("agreement", "check", "../examples/agreement.yaml");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains(": ok: ");
        Result broken = run("agreement", "check", "src/test/resources/agreements/broken.yaml");
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err().lines()).hasSize(14).allMatch(l -> l.matches("^\\S+broken\\.yaml:\\d+: \\S+: .+"));
    }

    @Test
    void score_prints_the_verdict_for_a_lead_file() throws Exception {
        Result r = run("score", "--agreement", "../examples/agreement.yaml", "--lead",
                "../examples/leads/classic-journey.json", "--at", "2027-03-13T16:00:00Z", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"verdict\" : \"qualified\"");
    }

    @Test
    void an_unknown_command_is_a_usage_error() throws Exception {
        Result r = run("frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument");
    }
}
