package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.leadpact.app.metrics.Metrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.app.view.RoutingViews;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leadpact queue REP}: the rep's open leads, hottest first, with the next action due. */
@Command(name = "queue", mixinStandardHelpOptions = true, description = "A rep's open leads, hottest first.")
final class QueueCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;
    @CommandLine.Mixin
    DatabaseOption db = new DatabaseOption();
    @Parameters(paramLabel = "REP")
    String rep;
    @Option(names = "--at", description = "Judge scores and due times at this instant (default: now).")
    Instant at;
    @Option(names = "--json", description = "JSON (as GET /api/v1/reps/REP/queue answers) instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Instant when = at != null ? at : Instant.now();
        try (Database database = db.open()) {
            Agreements agreements = new Agreements(new AgreementStore(database), new AuditLog(database),
                    Clock.systemUTC());
            Leads leads = new Leads(new LeadStore(database), new VisitorInbox(database), agreements,
                    new AuditLog(database), Clock.systemUTC(), Metrics.NONE);
            var contexts = new org.leadpact.app.sla.SlaContexts(agreements,
                    new org.leadpact.app.store.DirectoryStore(database), new org.leadpact.app.sla.LostCycles(database),
                    Clock.fixed(when, java.time.ZoneOffset.UTC));
            var items = leads.queue(rep, when, contexts::context);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOut.write(RoutingViews.queue(rep, when, items)));
            } else {
                RoutingViews.printQueue(out, rep, when, items);
            }
            out.flush();
        } catch (org.leadpact.app.service.Failure.Refused noAgreement) {
            throw new IllegalArgumentException(noAgreement.getMessage());
        }
        return 0;
    }
}
