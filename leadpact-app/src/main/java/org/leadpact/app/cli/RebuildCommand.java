package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leadpact rebuild}: throws the projections away and folds every lead's event log again. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuild the lead projections from the event log (the log is not changed).")
final class RebuildCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String url = db.resolved();
        long started = System.nanoTime();
        try (Database database = Database.open(url)) {
            int leads = new LeadStore(database).rebuildProjections();
            out.printf("rebuilt %d lead(s) from the event log in %d ms (%s)%n", leads,
                    (System.nanoTime() - started) / 1_000_000, database.dialect().name().toLowerCase(java.util.Locale.ROOT));
        }
        out.flush();
        return 0;
    }
}
