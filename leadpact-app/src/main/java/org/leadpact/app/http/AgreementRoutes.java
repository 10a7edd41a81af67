package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.Signature;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.store.AgreementStore.StoredAgreement;
import org.leadpact.app.view.LeadReport;

/** Upload, list, read, sign and activate agreement versions. */
final class AgreementRoutes {
    private final Agreements agreements;

    AgreementRoutes(Agreements agreements) {
        this.agreements = agreements;
    }

    void register(Javalin app, Idempotency idempotency) {
        app.post("/api/v1/agreements", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            StoredAgreement stored = agreements.upload(ctx.body(), ApiServer.actor(ctx));
            ctx.status(201).header("Location", "/api/v1/agreements/" + stored.version());
            respond(ctx, view(stored, false));
        }));
        app.get("/api/v1/agreements", ctx -> {
            Optional<String> active = agreements.active().map(StoredAgreement::version);
            respond(ctx, LeadReport.ordered("active", active.orElse(null), "agreements",
                    agreements.all().stream().map(a -> view(a, false)).toList()));
        });
        app.get("/api/v1/agreements/{version}", ctx -> respond(ctx, view(agreements.find(ctx.pathParam("version")),
                true)));
        app.post("/api/v1/agreements/{version}/signatures", idempotency.wrap(ctx -> {
            String[] signature = Requests.read(ctx.body(), (b, node) -> {
                var o = b.obj(node, "");
                String side = o.get("side", true, b::text);
                String name = o.get("name", true, b::text);
                String role = o.get("role", true, b::text);
                o.done("side", "name", "role");
                return new String[] {side, name, role};
            });
            // Each side signs for itself: marketing's signatory, or sales' manager; an admin may record either.
            Access.require(ctx, Role.ADMIN, "sales".equals(signature[0]) ? Role.SALES_MANAGER : Role.MARKETING);
            respond(ctx, view(agreements.sign(ctx.pathParam("version"), signature[0], signature[1], signature[2],
                    ApiServer.actor(ctx)), false));
        }));
        app.post("/api/v1/agreements/{version}/activation", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
            respond(ctx, view(agreements.activate(ctx.pathParam("version"), ApiServer.actor(ctx)), false));
        }));
    }

    private Map<String, Object> view(StoredAgreement a, boolean withDocument) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", a.version());
        json.put("name", a.name());
        json.put("uploadedAt", a.uploadedAt());
        json.put("uploadedBy", a.uploadedBy());
        Map<String, Object> signatures = new LinkedHashMap<>();
        signatures.put("marketing", signature(a.signatures().marketing()));
        signatures.put("sales", signature(a.signatures().sales()));
        json.put("signatures", signatures);
        json.put("activatable", a.signatures().complete());
        json.put("active", a.active(agreements.active().map(StoredAgreement::version)));
        json.put("activatedAt", a.activatedAt());
        if (withDocument) {
            json.put("document", a.document());
        }
        return json;
    }

    private static Map<String, Object> signature(Signature s) {
        if (s == null) {
            return null;
        }
        return LeadReport.ordered("name", s.name(), "role", s.role(), "signedAt", s.signedAt());
    }

    static void respond(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }
}
