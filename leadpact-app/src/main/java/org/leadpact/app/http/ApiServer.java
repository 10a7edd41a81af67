package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.AgreementStore;
import org.leadpact.app.store.AuditLog;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.ConcurrentAppendException;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.IdempotencyKeys;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.VisitorInbox;

/**
 * The HTTP server: wires the stores and use cases by hand, registers the routes, and turns every
 * failure into problem+json. Bodies over {@value #MAX_BODY_BYTES} bytes are refused with 413.
 */
public final class ApiServer implements AutoCloseable {
    /** The largest request body accepted: room for a batch of 10,000 activities. */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final Javalin app;
    private final Agreements agreements;

    public ApiServer(Database db, Clock clock) {
        AuditLog audit = new AuditLog(db);
        this.agreements = new Agreements(new AgreementStore(db), audit, clock);
        Leads leads = new Leads(new LeadStore(db), new VisitorInbox(db), agreements, audit, clock);
        Access access = new Access(new Tokens(db));
        Idempotency idempotency = new Idempotency(new IdempotencyKeys(db), clock);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
        });
        app.before("/api/*", ApiServer::limitBody);
        app.before("/api/v1/*", access::authenticate);
        new AgreementRoutes(agreements).register(app, idempotency);
        new LeadRoutes(leads, agreements, clock).register(app, idempotency);
        new ActivityRoutes(leads).register(app, idempotency);
        app.get("/api/v1/audit", ctx -> {
            Access.require(ctx, Tokens.Role.ADMIN);
            AgreementRoutes.respond(ctx, java.util.Map.of("entries", audit.latest(500)));
        });
        app.get("/healthz", ctx -> AgreementRoutes.respond(ctx, Map.of("status", "ok")));
        app.get("/readyz", ctx -> {
            db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            AgreementRoutes.respond(ctx, Map.of("status", "ready", "database", db.dialect().name().toLowerCase(
                    java.util.Locale.ROOT), "agreement", agreements.active().map(a -> a.version()).orElse("")));
        });
        problems();
    }

    public Agreements agreements() {
        return agreements;
    }

    /** Who made a change: the holder of the request's token (a rep by their rep name). */
    static String actor(Context ctx) {
        return Access.holder(ctx).actor();
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
            if (!Problem.MEDIA_TYPE.equals(ctx.contentType())) { // a route answered 404 itself already
                send(ctx, Problem.of(404, "Not found", "no route " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> send(ctx, Problem.of(413, "Body too large",
                "at most " + MAX_BODY_BYTES + " bytes are accepted")));
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
    }
}
