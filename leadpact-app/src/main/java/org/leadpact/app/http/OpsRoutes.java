package org.leadpact.app.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.leadpact.app.metrics.PrometheusMetrics;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.Database;
import org.leadpact.app.view.LeadReport;
import org.slf4j.LoggerFactory;

/**
 * What operators and client developers read: liveness, readiness, Prometheus metrics and the OpenAPI
 * description of this API. The description is the hand-written {@code openapi.json} resource, served as
 * committed; tests hold it to the routes and vocabularies of the code.
 */
final class OpsRoutes {
    static final String OPENAPI_RESOURCE = "/openapi.json";

    private final Database db;
    private final Agreements agreements;
    private final PrometheusMetrics metrics;
    private final String openApi = openApiDocument();

    OpsRoutes(Database db, Agreements agreements, PrometheusMetrics metrics) {
        this.db = db;
        this.agreements = agreements;
        this.metrics = metrics;
    }

    void register(Javalin app) {
        app.get("/healthz", ctx -> AgreementRoutes.respond(ctx, Map.of("status", "ok")));
        app.get("/readyz", ctx -> {
            try {
                db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(OpsRoutes.class).warn("not ready: the database does not answer", e);
                throw new Problem.Raised(Problem.of(503, "Not ready", "the database does not answer"));
            }
            AgreementRoutes.respond(ctx, LeadReport.ordered("status", "ready", "database",
                    db.dialect().name().toLowerCase(Locale.ROOT), "agreement",
                    agreements.active().map(a -> a.version()).orElse("")));
        });
        app.get("/metrics", ctx -> ctx.contentType(PrometheusMetrics.CONTENT_TYPE).result(metrics.scrape()));
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    static String openApiDocument() {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
