package org.leadpact.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.app.document.Binder;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.service.RepChange;
import org.leadpact.app.service.TeamChange;
import org.leadpact.app.store.DirectoryStore;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.app.view.RoutingViews;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Away;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;

/**
 * Reps, teams and out-of-office periods (admins and sales managers write; a rep reads their own), a
 * rep's queue, and reassigning a lead.
 */
final class RoutingRoutes {
    private final DirectoryStore directory;
    private final Leads leads;
    private final Agreements agreements;
    private final Clock clock;
    private final org.leadpact.app.sla.SlaContexts slaContexts;

    RoutingRoutes(DirectoryStore directory, Leads leads, Agreements agreements, Clock clock,
                  org.leadpact.app.sla.SlaContexts slaContexts) {
        this.slaContexts = slaContexts;
        this.directory = directory;
        this.leads = leads;
        this.agreements = agreements;
        this.clock = clock;
    }

    void register(Javalin app, Idempotency idempotency) {
        app.get("/api/v1/reps", ctx -> AgreementRoutes.respond(ctx, Map.of("reps", directory.reps().stream()
                .filter(r -> Access.mayWatch(ctx, r.id())).map(RoutingViews::rep).toList())));
        app.post("/api/v1/reps", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER);
            RepChange change = Requests.read(ctx.body(), RoutingRoutes::repChange);
            Optional<Rep> existing = directory.rep(change.id());
            directory.save(change.applyTo(existing), clock.instant());
            ctx.status(existing.isPresent() ? 200 : 201).header("Location", "/api/v1/reps/" + change.id());
            AgreementRoutes.respond(ctx, RoutingViews.rep(directory.rep(change.id()).orElseThrow()));
        }));
        app.get("/api/v1/reps/{rep}", ctx -> AgreementRoutes.respond(ctx, RoutingViews.rep(visibleRep(ctx))));
        app.post("/api/v1/reps/{rep}/away", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER);
            Rep rep = visibleRep(ctx);
            Away away = Requests.read(ctx.body(), RoutingRoutes::away);
            directory.addAway(rep.id(), away, clock.instant());
            ctx.status(201);
            AgreementRoutes.respond(ctx, RoutingViews.rep(directory.rep(rep.id()).orElseThrow()));
        }));
        app.get("/api/v1/reps/{rep}/queue", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP);
            String rep = ctx.pathParam("rep");
            if (!Access.mayWatch(ctx, rep)) {
                throw new Problem.Raised(Problem.of(403, "Forbidden", "this token may see only the queue of "
                        + Access.scope(ctx).orElseThrow()));
            }
            Instant now = clock.instant();
            AgreementRoutes.respond(ctx, RoutingViews.queue(rep, now, leads.queue(rep, now, slaContexts::context)));
        });
        app.get("/api/v1/teams", ctx -> AgreementRoutes.respond(ctx, Map.of("teams", directory.teams().stream()
                .map(t -> RoutingViews.team(t, directory.members(t.id()))).toList())));
        app.post("/api/v1/teams", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER);
            TeamChange change = Requests.read(ctx.body(), RoutingRoutes::teamChange);
            // A team posted is the whole team: what the body leaves out, the team no longer has.
            Team team = change.applyTo(Optional.empty());
            boolean existed = directory.team(team.id()).isPresent();
            directory.save(team, clock.instant());
            ctx.status(existed ? 200 : 201).header("Location", "/api/v1/teams/" + team.id());
            AgreementRoutes.respond(ctx, RoutingViews.team(team, directory.members(team.id())));
        }));
        app.get("/api/v1/teams/{team}", ctx -> {
            Team team = directory.team(ctx.pathParam("team")).orElseThrow(() -> new Problem.Raised(Problem.of(404,
                    "Not found", "no team " + ctx.pathParam("team"))));
            AgreementRoutes.respond(ctx, RoutingViews.team(team, directory.members(team.id())));
        });
        app.post("/api/v1/leads/{id}/owner", idempotency.wrap(this::reassign));
    }

    private void reassign(Context ctx) {
        Access.require(ctx, Role.ADMIN, Role.SALES_MANAGER);
        String[] input = Requests.read(ctx.body(), (b, node) -> {
            Binder.Obj o = b.obj(node, "");
            String rep = o.get("rep", true, b::text);
            String reason = o.get("reason", false, b::text);
            o.done("rep", "reason");
            return new String[] {rep, reason};
        });
        LeadState lead = leads.load(ctx.pathParam("id"));
        Access.mustSee(ctx, lead);
        if (directory.rep(input[0]).filter(Rep::active).isEmpty() || !Access.mayWatch(ctx, input[0])) {
            throw new Problem.Raised(new Problem(400, "Invalid request", "no active rep " + input[0]
                    + (Access.scope(ctx).isPresent() ? " in your teams" : "") + " to give the lead to", null,
                    List.of(new org.leadpact.app.service.Failure.FieldProblem("rep", 0, "not an active rep"
                            + (Access.scope(ctx).isPresent() ? " of a team you manage" : "")))));
        }
        LeadState after = leads.reassign(lead.id(), input[0], input[1], ApiServer.actor(ctx));
        var engine = agreements.activeEngine();
        AgreementRoutes.respond(ctx, new LeadReport(engine.agreement(), after, engine.qualifier().assess(after,
                clock.instant()), List.of(), clock.instant()).toJson());
    }

    /** The rep of the path, if the caller may see them; to a rep any other rep is not there at all. */
    private Rep visibleRep(Context ctx) {
        String id = ctx.pathParam("rep");
        return directory.rep(id).filter(r -> Access.mayWatch(ctx, id)).orElseThrow(() -> new Problem.Raised(
                Problem.of(404, "Not found", "no rep " + id)));
    }

    private static RepChange repChange(Binder b, org.leadpact.app.document.YamlNode node) {
        Binder.Obj o = b.obj(node, "");
        RepChange change = new RepChange(o.get("id", true, b::text), o.get("name", false, b::text),
                o.get("email", false, b::text), o.get("active", false, b::bool), o.get("team", false, b::text),
                o.get("timeZone", false, b::text), o.get("workingHours", false, (n, p) -> hoursText(b, n, p)),
                o.get("webhook", false, b::text), o.get("holidays", false, b::text));
        o.done("id", "name", "email", "active", "team", "timeZone", "workingHours", "webhook", "holidays");
        return change;
    }

    private static Away away(Binder b, org.leadpact.app.document.YamlNode node) {
        Binder.Obj o = b.obj(node, "");
        Instant from = o.get("from", true, b::instant);
        Instant until = o.get("until", true, b::instant);
        String note = o.get("note", false, b::text);
        o.done("from", "until", "note");
        return from == null || until == null ? null : b.attempt(node, "until", () -> new Away(from, until, note));
    }

    private static TeamChange teamChange(Binder b, org.leadpact.app.document.YamlNode node) {
        Binder.Obj o = b.obj(node, "");
        TeamChange change = new TeamChange(o.get("id", true, b::text), o.get("name", false, b::text),
                o.get("manager", false, b::text), o.get("dispatcher", false, b::text),
                o.get("timeZone", false, b::text), o.get("workingHours", false, (n, p) -> hoursText(b, n, p)),
                o.get("holidays", false, b::text));
        o.done("id", "name", "manager", "dispatcher", "timeZone", "workingHours", "holidays");
        return change;
    }

    /** Working hours as text; a YAML reader may see "Mon-Fri 09:00-17:00" as something else. */
    private static String hoursText(Binder b, org.leadpact.app.document.YamlNode n, String path) {
        return n instanceof org.leadpact.app.document.YamlNode.Scalar s && s.text() != null ? s.text() : b.text(n, path);
    }
}
