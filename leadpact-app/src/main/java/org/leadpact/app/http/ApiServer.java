package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.router.ParsedEndpoint;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.servlet.FilterHolder;
import org.leadpact.app.metrics.CachedReading;
import org.leadpact.app.metrics.PrometheusMetrics;
import org.leadpact.app.reports.FactIndex;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.reports.Teams;
import org.leadpact.app.notify.DirectoryRecipients;
import org.leadpact.app.notify.Notifications;
import org.leadpact.app.notify.NotifyConfig;
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.ClockScheduler;
import org.leadpact.app.sla.ClockTable;
import org.leadpact.app.sla.ComplianceReports;
import org.leadpact.app.sla.EscalationChain;
import org.leadpact.app.sla.Reassignments;
import org.leadpact.app.sla.LostCycles;
import org.leadpact.app.sla.RecordedEscalations;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.LogScan;
import org.leadpact.app.service.RoutingDesk;
import org.leadpact.app.store.EventCodec;
import org.leadpact.app.store.IdempotencyKeys;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;
import org.leadpact.app.web.BacktestPageRoutes;
import org.leadpact.app.web.InsightRoutes;
import org.leadpact.app.web.WebRoutes;

/**
 * The HTTP server: wires the stores and use cases by hand, registers the routes, and turns every
 * failure into problem+json. Bodies over {@value #MAX_BODY_BYTES} bytes are refused with 413: by their
 * Content-Length before anything is read, or while they are read when no length is announced.
 */
public final class ApiServer implements AutoCloseable {
    /** The largest request body accepted: room for a batch of 10,000 activities. */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    /** A scrape reads lead counts by stage from the database at most this often. */
    static final Duration OPEN_LEADS_MAX_AGE = Duration.ofSeconds(10);

    /** The dashboard's pages: served here, but not API operations. */
    private static final java.util.function.Predicate<String> WEB_PAGES = p -> p.equals("/") || p.startsWith("/ui");

    private final Javalin app;
    private final Agreements agreements;
    private final ClockScheduler clocks;
    private final Leads leads;
    private final Notifications notifications;
    private final LeadStore store;
    private final DirectoryStore directory;
    private final ClockTable clockTable;
    private final PrometheusMetrics metrics = new PrometheusMetrics(EventCodec.typeNames());

    public ApiServer(Database db, Clock clock) {
        this(db, clock, NotifyConfig.NONE);
    }

    /** A server that also notifies reps of the leads they are given, as {@code notify} says. */
    public ApiServer(Database db, Clock clock, NotifyConfig notify) {
        AuditLog audit = new AuditLog(db);
        store = new LeadStore(db, metrics);
        metrics.watchOpenLeads(new CachedReading<>(store::countByStage, Map.of(), OPEN_LEADS_MAX_AGE, System::nanoTime));
        this.agreements = new Agreements(new AgreementStore(db), audit, clock);
        Tokens tokens = new Tokens(db);
        directory = new DirectoryStore(db);
        Access access = new Access(tokens, directory);
        SlaContexts slaContexts = new SlaContexts(agreements, directory, new LostCycles(db), clock);
        clockTable = new ClockTable(db, slaContexts, clock);
        store.onAppend(clockTable);
        RecordedEscalations escalations = new RecordedEscalations(db, clock);
        this.leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, metrics,
                new RoutingDesk(directory, new LogScan(db), agreements));
        NotifyConfig withDirectory = notify.withRecipients(new DirectoryRecipients(directory, notify.recipients()));
        notifications = new Notifications(db, store, leads, agreements, withDirectory, clock);
        // Recorded (listed by the API), told to rep and manager through the outbox, and acted by routing.
        this.clocks = new ClockScheduler(db, store, slaContexts, new EscalationChain(List.of(escalations,
                notifications.escalations(), new Reassignments(db, leads, clock))), clock);
        clockTable.onNextDue(clocks::nudge);
        Idempotency idempotency = new Idempotency(new IdempotencyKeys(db), clock);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                    new FilterHolder(new BodyLimit(MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.requestLogger.http((ctx, millis) -> metrics.requestServed(ctx.method().name(), route(ctx),
                    ctx.status().getCode(), Duration.ofNanos((long) (millis * 1_000_000))));
        });
        app.before("/api/*", ApiServer::limitBody);
        app.before("/api/v1/*", access::authenticate);
        new AgreementRoutes(agreements).register(app, idempotency);
        new LeadRoutes(leads, agreements, clock).register(app, idempotency);
        new ActivityRoutes(leads).register(app, idempotency);
        ComplianceReports compliance = new ComplianceReports(db, store, slaContexts, directory, clock);
        new SlaRoutes(leads, slaContexts, escalations, compliance, clock).register(app);
        new RoutingRoutes(directory, leads, agreements, clock, slaContexts).register(app, idempotency);
        new NotificationRoutes(notifications, leads).register(app, idempotency);
        Backtests backtests = new Backtests(db, agreements);
        new BacktestRoutes(backtests).register(app);
        app.get("/api/v1/audit", ctx -> {
            Access.require(ctx, Tokens.Role.ADMIN);
            AgreementRoutes.respond(ctx, Map.of("entries", audit.latest(500)));
        });
        ReportBook reports = new ReportBook(new FactIndex(store), Teams.of(directory));
        new ReportRoutes(reports, agreements, clock).register(app);
        new OpsRoutes(db, agreements, metrics).register(app);
        new WebRoutes(tokens, leads, agreements, directory, slaContexts, clock,
                new InsightRoutes(reports, compliance, slaContexts, clock),
                new BacktestPageRoutes(backtests, agreements, clock)).register(app);
        problems();
    }

    public Agreements agreements() {
        return agreements;
    }

    /** The lead use cases the routes call (the demo's live simulation calls them too). */
    public Leads leads() {
        return leads;
    }

    /** The directory of reps and teams this server routes and escalates by (the demo fills it). */
    public DirectoryStore directory() {
        return directory;
    }

    /**
     * What a bulk load into this server's database must hand each chunk to, in its transaction, so that
     * the rows this server's appends keep beside the log are written too: the SLA clocks.
     */
    public List<LeadStore.AppendListener> bulkListeners() {
        return List.of(clockTable);
    }

    /** The store this server appends through (its hooks, e.g. the notification outbox, run on its appends). */
    LeadStore store() {
        return store;
    }

    public Notifications notifications() {
        return notifications;
    }

    /** Fires the SLA clocks due now on the calling thread (tests move a settable clock, then call this). */
    int fireClocks() {
        return clocks.fireDue();
    }

    /** Who made a change: the holder of the request's token (a rep by their rep name). */
    static String actor(Context ctx) {
        return Access.holder(ctx).actor();
    }

    /**
     * Every route served, as "METHOD /path/{param}": what the OpenAPI description must cover. Javalin 6
     * lists routes only through its internal router, hence {@code unsafeConfig()}.
     */
    List<String> routes() { // the dashboard's pages are for browsers, not part of the API description
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod()).filter(e -> !WEB_PAGES.test(e.getPath()))
                .map(e -> e.getMethod().name() + " " + e.getPath()).toList();
    }

    /**
     * The route template that answered, for metrics: never the raw path, whose ids would make a series
     * per lead. A request refused before its route was matched (a body too large) is looked up here.
     */
    private String route(Context ctx) {
        HandlerType method = ctx.method() == HandlerType.HEAD ? HandlerType.GET : ctx.method(); // as Javalin answers
        return app.unsafeConfig().pvt.internalRouter.findHttpHandlerEntries(method, ctx.path())
                .map(e -> e.getEndpoint().getPath()).findFirst().orElse("unmatched");
    }

    private static void limitBody(Context ctx) {
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) {
            throw new Problem.Raised(Problem.of(413, "Body too large", "the body has " + length
                    + " bytes; at most " + MAX_BODY_BYTES + " are accepted"));
        }
    }

    private void problems() {
        app.exception(Problem.Raised.class, (e, ctx) -> send(ctx, e.problem()));
        app.exception(Failure.Invalid.class, (e, ctx) -> send(ctx, new Problem(400, "Invalid request", e.getMessage(),
                null, e.problems())));
        app.exception(Failure.NotFound.class, (e, ctx) -> send(ctx, Problem.of(404, "Not found", e.getMessage())));
        app.exception(Failure.Refused.class, (e, ctx) -> send(ctx, new Problem(409, "Refused", e.getMessage(),
                e.rule(), List.of())));
        app.exception(ConcurrentAppendException.class, (e, ctx) -> send(ctx, Problem.of(503, "Busy",
                "the lead kept changing while this request was decided; retry it")));
        app.exception(Exception.class, (e, ctx) -> {
            org.slf4j.LoggerFactory.getLogger(ApiServer.class).error("request failed: {} {}", ctx.method(),
                    ctx.path(), e);
            send(ctx, Problem.of(500, "Internal error", "LeadPact failed to answer; the error is logged"));
        });
        app.error(404, ctx -> {
            if (!answeredWithProblem(ctx) && !answeredWithPage(ctx)) { // a route did not answer "no lead x" itself
                send(ctx, Problem.of(404, "Not found", "no route " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> {
            if (!answeredWithProblem(ctx)) { // not a batch refused for its item count
                send(ctx, Problem.of(413, "Body too large", "at most " + MAX_BODY_BYTES + " bytes are accepted"));
            }
        });
    }

    /** A dashboard page answered, with its own words for a browser. */
    private static boolean answeredWithPage(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    /** The answer so far is a problem (ctx.contentType() would be the request's). */
    private static boolean answeredWithProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private static void send(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(Json.write(problem.toJson()));
    }

    /** Listens on this host (127.0.0.1 for this machine only, 0.0.0.0 for all) and port (0: any free one). */
    public ApiServer start(String host, int port) {
        app.start(host, port);
        clocks.start();
        notifications.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        clocks.close();
        notifications.close();
        app.stop();
        metrics.close();
    }
}
