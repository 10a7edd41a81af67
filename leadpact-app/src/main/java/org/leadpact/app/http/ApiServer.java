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
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.EventCodec;
import org.leadpact.app.store.IdempotencyKeys;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;

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

    private final Javalin app;
    private final Agreements agreements;
    private final PrometheusMetrics metrics = new PrometheusMetrics(EventCodec.typeNames());

    public ApiServer(Database db, Clock clock) {
        AuditLog audit = new AuditLog(db);
        LeadStore store = new LeadStore(db, metrics);
        metrics.watchOpenLeads(new CachedReading<>(store::countByStage, Map.of(), OPEN_LEADS_MAX_AGE, System::nanoTime));
        this.agreements = new Agreements(new AgreementStore(db), audit, clock);
        Leads leads = new Leads(store, new VisitorInbox(db), agreements, audit, clock, metrics);
        Access access = new Access(new Tokens(db));
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
        new BacktestRoutes(new Backtests(db, agreements)).register(app);
        app.get("/api/v1/audit", ctx -> {
            Access.require(ctx, Tokens.Role.ADMIN);
            AgreementRoutes.respond(ctx, Map.of("entries", audit.latest(500)));
        });
        new OpsRoutes(db, agreements, metrics).register(app);
        problems();
    }

    public Agreements agreements() {
        return agreements;
    }

    /** Who made a change: the holder of the request's token (a rep by their rep name). */
    static String actor(Context ctx) {
        return Access.holder(ctx).actor();
    }

    /**
     * Every route served, as "METHOD /path/{param}": what the OpenAPI description must cover. Javalin 6
     * lists routes only through its internal router, hence {@code unsafeConfig()}.
     */
    List<String> routes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod()).map(e -> e.getMethod().name() + " " + e.getPath()).toList();
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
            if (!answeredWithProblem(ctx)) { // a route did not answer "no lead x" itself
                send(ctx, Problem.of(404, "Not found", "no route " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> {
            if (!answeredWithProblem(ctx)) { // not a batch refused for its item count
                send(ctx, Problem.of(413, "Body too large", "at most " + MAX_BODY_BYTES + " bytes are accepted"));
            }
        });
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
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        metrics.close();
    }
}
