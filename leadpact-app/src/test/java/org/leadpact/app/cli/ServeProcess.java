package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code leadpact serve} from the packaged jar as a separate OS process on 127.0.0.1 and a free port,
 * with the example agreement adopted. Its output goes to files in {@code logs} so a failing test can
 * show what the server said.
 */
final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "leadpact.jar");
    private static final Pattern LISTENING = Pattern.compile("LeadPact listening on http://127\\.0\\.0\\.1:(\\d+) ");
    private static final long START_TIMEOUT_MS = 30_000;

    private final Process process;
    private final Path out;
    private final Path err;
    private final int port;

    private ServeProcess(Process process, Path out, Path err, int port) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.port = port;
    }

    /** Starts the server on this database and waits (at most 30 s) until it listens. */
    static ServeProcess start(String dbUrl, Path logs, String name) throws IOException, InterruptedException {
        return start(dbUrl, logs, name, List.of());
    }

    /** As {@link #start(String, Path, String)}, with more {@code serve} options. */
    static ServeProcess start(String dbUrl, Path logs, String name, List<String> options)
            throws IOException, InterruptedException {
        assertThat(JAR).as("the runnable jar built by mvn package").exists();
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", JAR.toString(), "serve",
                "--host", "127.0.0.1", "--port", "0", "--db", dbUrl, "--agreement", "../examples/agreement.yaml"));
        command.addAll(options);
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServeProcess(p, out, err, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the server did not start: " + Files.readString(out) + Files.readString(err));
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Kills the process at once with SIGKILL (no shutdown hook runs) and returns its exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("killed in time").isTrue();
        return process.exitValue();
    }

    /** Stops the process with SIGTERM: the shutdown hook closes the server and the database. */
    int stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped in time").isTrue();
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(out) + Files.readString(err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
