package org.leadpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code leadpact serve} from the packaged jar as its own process, on 127.0.0.1 and a free port,
 * with the example agreement adopted; the way an operator runs it.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern TOKEN = Pattern.compile("created an admin token[^\\n]*\\n\\s+(lp_\\S+)");
    private static final Pattern LISTENING = Pattern.compile("LeadPact listening on http://127\\.0\\.0\\.1:(\\d+) ");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ServerProcess start(Path jar, List<String> jvmOptions, String dbUrl, Path agreement)
            throws IOException, InterruptedException {
        return start(jar, jvmOptions, dbUrl, agreement, List.of());
    }

    /** As {@link #start(Path, List, String, Path)}, with more {@code serve} options. */
    static ServerProcess start(Path jar, List<String> jvmOptions, String dbUrl, Path agreement, List<String> options)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("leadpact-serve", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", "0", "--db", dbUrl,
                "--agreement", agreement.toString()));
        command.addAll(options);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new ServerProcess(p, log, Integer.parseInt(m.group(1)));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the server did not start:\n" + Files.readString(log));
    }

    int port() {
        return port;
    }

    /** The admin token a fresh database's first start prints once (the server requires a token). */
    String token() throws IOException {
        Matcher m = TOKEN.matcher(log());
        if (!m.find()) {
            throw new IllegalStateException("the server printed no bootstrap token: start it on a fresh database");
        }
        return m.group(1);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
