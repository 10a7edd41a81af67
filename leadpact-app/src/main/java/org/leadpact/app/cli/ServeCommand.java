package org.leadpact.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.leadpact.app.http.ApiServer;
import org.leadpact.app.notify.NotifyConfig;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.Tokens;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact serve}: the HTTP API on the configured database, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the HTTP API (see docs/api.md).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Option(names = "--agreement", paramLabel = "FILE",
            description = "Upload this agreement if its version is new, and activate it when both sides signed it.")
    Path agreement;

    @CommandLine.Mixin
    NotifyOptions notify = new NotifyOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        NotifyConfig notifyConfig = notify.config();
        Database database = db.open();
        ApiServer server = new ApiServer(database, Clock.systemUTC(), notifyConfig);
        if (agreement != null) {
            AgreementOption.adopt(server.agreements(), agreement, "serve --agreement", true, out,
                    spec.commandLine().getErr());
        }
        Tokens tokens = new Tokens(database);
        if (!tokens.any()) {
            // Secure from the first start: no open mode, so the first admin token is made and shown once.
            Tokens.Created admin = tokens.create("bootstrap admin", Tokens.Role.ADMIN, null, Instant.now());
            out.println("no API tokens yet; created an admin token (shown once, store it now):");
            out.println("  " + admin.token());
        }
        server.start(host, port);
        out.printf("LeadPact listening on http://%s:%d (database: %s)%n", host, server.port(),
                database.dialect().name().toLowerCase(java.util.Locale.ROOT));
        out.println(notifyConfig.enabled() ? "hand-off notifications: " + notifyConfig.describe()
                : "hand-off notifications: off (no --smtp-host and no --webhook; see docs/notifications.md)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
