package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadpact.app.document.Binder;
import org.leadpact.app.lead.CommandReader;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;

/** Create or merge leads, read one with its score and timeline, list them, and act on them. */
final class LeadRoutes {
    private final Leads leads;
    private final Agreements agreements;
    private final Clock clock;

    LeadRoutes(Leads leads, Agreements agreements, Clock clock) {
        this.leads = leads;
        this.agreements = agreements;
        this.clock = clock;
    }

    record LeadInput(String externalId, String visitorId, Instant at, Map<String, String> attributes) {
    }

    void register(Javalin app, Idempotency idempotency) {
        app.post("/api/v1/leads", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            LeadInput input = Requests.read(ctx.body(), LeadRoutes::leadInput);
            Leads.Upserted upserted = leads.upsert(input.externalId(), input.attributes(), input.at(),
                    input.visitorId(), ApiServer.actor(ctx));
            ctx.status(upserted.created() ? 201 : 200).header("Location", "/api/v1/leads/" + upserted.leadId());
            AgreementRoutes.respond(ctx, view(upserted.state()));
        }));
        app.get("/api/v1/leads/{id}", ctx -> {
            LeadState lead = leads.load(ctx.pathParam("id"));
            Access.mustSee(ctx, lead);
            AgreementRoutes.respond(ctx, view(lead));
        });
        app.delete("/api/v1/leads/{id}", ctx -> {
            Access.require(ctx, Role.ADMIN);
            if (!"true".equals(ctx.queryParam("erase"))) {
                throw new Problem.Raised(Problem.of(400, "Invalid request", "leads are never deleted, only erased "
                        + "under data-protection law: DELETE /api/v1/leads/{id}?erase=true"));
            }
            leads.erase(ctx.pathParam("id"), ApiServer.actor(ctx));
            ctx.status(204);
        });
        app.get("/api/v1/leads", ctx -> {
            int limit = intParam(ctx, "limit", 50, 1, 1000);
            int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
            var owners = Access.ownerFilter(ctx, ctx.queryParam("owner"));
            AgreementRoutes.respond(ctx, LeadReport.ordered("limit", limit, "offset", offset, "leads",
                    owners.isPresent() ? leads.listOwnedBy(ctx.queryParam("stage"), owners.get(), ctx.queryParam("q"), limit,
                            offset) : leads.list(ctx.queryParam("stage"), null, ctx.queryParam("q"), limit,
                            offset)));
        });
        app.post("/api/v1/leads/{id}/actions", idempotency.wrap(ctx -> {
            Instant now = clock.instant();
            String actor = ApiServer.actor(ctx);
            Command command = Requests.read(ctx.body(), (b, node) -> {
                Binder.Obj o = b.obj(node, "");
                Command c = CommandReader.command(b, o, now, actor);
                o.done(java.util.Arrays.stream(CommandReader.KEYS).filter(k -> !k.equals("actor")).toArray(String[]::new));
                return c;
            });
            LeadState lead = leads.load(ctx.pathParam("id"));
            Access.mustSee(ctx, lead);
            mayAct(ctx, command);
            LeadState after = leads.act(ctx.pathParam("id"), command, ApiServer.actor(ctx));
            AgreementRoutes.respond(ctx, view(after));
        }));
    }

    /** Marketing corrects data, trashes junk and hands off; sales works the lead. */
    private static void mayAct(Context ctx, Command command) {
        boolean marketingAction = command instanceof Command.UpdateAttributes || command instanceof Command.Disqualify
                || command instanceof Command.Reevaluate || command instanceof Command.HandOff;
        if (marketingAction) {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER, Role.SALES_REP);
        } else {
            Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP);
        }
    }

    private static LeadInput leadInput(Binder b, org.leadpact.app.document.YamlNode node) {
        Binder.Obj o = b.obj(node, "");
        String externalId = o.get("externalId", false, b::text);
        String visitorId = o.get("visitorId", false, b::text);
        Instant at = o.get("at", false, b::instant);
        Map<String, String> attributes = o.get("attributes", true, (n, p) -> {
            Binder.Obj a = b.obj(n, p);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (String key : a.keys()) {
                var value = a.entry(key).value();
                if (value instanceof org.leadpact.app.document.YamlNode.Scalar s) {
                    values.put(key, s.text() == null ? "" : s.text());
                } else {
                    b.problem(value, a.path(key), "an attribute is text or a number, not " + value.kind());
                }
            }
            return values;
        }, Map.of());
        o.done("externalId", "visitorId", "at", "attributes");
        return new LeadInput(externalId, visitorId, at, attributes);
    }

    /** The lead now; a history stamped ahead of this server's clock is judged at its last event instead. */
    private Map<String, Object> view(LeadState lead) {
        Instant at = clock.instant();
        for (var e : lead.history()) {
            at = e.at().isAfter(at) ? e.at() : at;
        }
        LeadEngine engine = agreements.activeEngine();
        return new LeadReport(engine.agreement(), lead, engine.qualifier().assess(lead, at), List.of(), at).toJson();
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Problem.Raised(new Problem(400, "Invalid request", name + " must be a whole number from " + min
                + " to " + max, null, List.of(new org.leadpact.app.service.Failure.FieldProblem(name, 0,
                "'" + text + "' is not a whole number from " + min + " to " + max))));
    }
}
