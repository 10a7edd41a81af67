package org.leadpact.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;
import org.leadpact.routing.Directory;

/**
 * The dashboard's routes under {@code /ui}. Every page but sign-in needs a signed-in token; every form
 * that changes something checks the role exactly as the API does and answers with a redirect, so the
 * browser's back button and reload never repeat a change.
 */
public final class WebRoutes {
    private final Session session;
    private final Leads leads;
    private final Agreements agreements;
    private final Clock clock;
    private final AgreementPage agreementPage;
    private final LeadPage leadPage;
    private final LeadsPage leadsPage;
    private final InsightRoutes insights;

    private final QueueRoutes queueRoutes;
    private final BacktestPageRoutes backtests;

    public WebRoutes(Tokens tokens, Leads leads, Agreements agreements, Directory directory, SlaContexts contexts,
                     Clock clock, InsightRoutes insights, BacktestPageRoutes backtests) {
        this.insights = insights;
        this.backtests = backtests;
        this.session = new Session(tokens);
        this.queueRoutes = new QueueRoutes(leads, directory, new QueuePage(leads, agreements, contexts, directory, clock));
        this.leads = leads;
        this.agreements = agreements;
        this.clock = clock;
        this.agreementPage = new AgreementPage(agreements);
        this.leadPage = new LeadPage(leads, agreements, contexts, clock);
        this.leadsPage = new LeadsPage(leads);
    }

    public void register(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/ui"));
        app.get("/ui/static/app.css", ctx -> ctx.contentType("text/css").result(resource("web/app.css")));
        app.get("/ui/static/charts.js", ctx -> ctx.contentType("text/javascript").result(resource("web/charts.js")));
        app.get("/ui/static/countdown.js", ctx -> ctx.contentType("text/javascript").result(resource("web/countdown.js")));
        // ECharts comes from its WebJar; a day's caching keeps the 1 MB script off every page view
        app.get("/ui/static/echarts.min.js", ctx -> ctx.contentType("text/javascript")
                .header("Cache-Control", "public, max-age=86400")
                .result(resource("META-INF/resources/webjars/echarts/" + Charts.ECHARTS_VERSION + "/dist/echarts.min.js")));
        app.get("/ui/sign-in", ctx -> ctx.html(SignInPage.form(null)));
        app.post("/ui/sign-in", this::signIn);
        app.get("/ui/sign-out", ctx -> {
            session.signOut(ctx);
            ctx.redirect("/ui/sign-in");
        });
        app.before(ctx -> {
            if (signedInOnly(ctx.path())) {
                session.require(ctx);
            }
        });
        // A rep starts the day on their queue; everyone else on the scoreboard.
        app.get("/ui", ctx -> ctx.redirect(Session.holder(ctx).role() == Role.SALES_REP ? "/ui/queue" : "/ui/scoreboard"));
        queueRoutes.register(app);
        app.get("/ui/leads", ctx -> ctx.html(leadsPage.show(ctx)));
        app.get("/ui/leads/{id}", ctx -> ctx.html(leadPage.show(ctx, ctx.pathParam("id"))));
        app.post("/ui/leads/{id}/touch", this::touch);
        app.post("/ui/leads/{id}/disposition", this::disposition);
        app.get("/ui/agreement", ctx -> ctx.html(agreementPage.show(ctx, Optional.empty())));
        app.get("/ui/agreement/{version}", ctx -> ctx.html(agreementPage.show(ctx, Optional.of(ctx.pathParam("version")))));
        app.get("/ui/agreement-diff", ctx -> ctx.html(agreementPage.diff(ctx, required(ctx, "from"), required(ctx, "to"))));
        app.post("/ui/agreement/upload", this::upload);
        app.post("/ui/agreement/{version}/sign", this::sign);
        app.post("/ui/agreement/{version}/activate", this::activate);
        insights.register(app);
        backtests.register(app);
        app.exception(WebFailure.class, (e, ctx) -> ctx.status(e.status())
                .html(Layout.page(e.status() == 404 ? "Not found" : "Not possible", holderIfAny(ctx), "",
                        "<p class=\"flash refused\">" + Html.escape(e.getMessage()) + "</p>")));
    }

    /** Every page under /ui but the sign-in page and the stylesheet. */
    private static boolean signedInOnly(String path) {
        return (path.equals("/ui") || path.startsWith("/ui/")) && !path.startsWith("/ui/sign-")
                && !path.startsWith("/ui/static/");
    }

    private void signIn(Context ctx) {
        Optional<Holder> holder = session.signIn(ctx, ctx.formParam("token"));
        if (holder.isEmpty()) {
            ctx.status(401).html(SignInPage.form("That token is unknown or revoked."));
            return;
        }
        ctx.redirect("/ui");
    }

    private void touch(Context ctx) {
        String id = ctx.pathParam("id");
        Holder holder = Session.holder(ctx);
        requireRole(holder, Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP);
        leadPage.visible(ctx, id);
        ActivityType type = ActivityType.fromCode(String.valueOf(ctx.formParam("type")))
                .filter(ActivityType::isSalesTouch)
                .orElseThrow(() -> new WebFailure(400, "A touch is a sales-call, sales-email or sales-meeting."));
        Activity touch = new Activity(type, clock.instant(), null, null, null, null, null, 0,
                blankToNull(ctx.formParam("outcome")), holder.actor());
        act(ctx, id, new Command.RecordActivity(touch), type.code() + " logged");
    }

    private void disposition(Context ctx) {
        String id = ctx.pathParam("id");
        Holder holder = Session.holder(ctx);
        requireRole(holder, Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP);
        leadPage.visible(ctx, id);
        Disposition d = Disposition.fromCode(String.valueOf(ctx.formParam("disposition")))
                .orElseThrow(() -> new WebFailure(400, "Choose one of the agreement's dispositions."));
        act(ctx, id, new Command.SetDisposition(clock.instant(), d, holder.actor(), blankToNull(ctx.formParam("note"))),
                "disposition " + d.code() + " set");
    }

    private void act(Context ctx, String id, Command command, String done) {
        // A form on the queue goes back to the queue; only a page of this dashboard is ever a target.
        String back = ctx.formParam("back");
        boolean queue = back != null && back.startsWith("/ui/queue") && !back.contains("//");
        String page = queue ? back : "/ui/leads/" + id;
        try {
            leads.act(id, command, Session.holder(ctx).actor());
            Messages.back(ctx, page, "done", queue ? done + " for " + id : done);
        } catch (Failure.Refused refused) {
            Messages.back(ctx, page, "refused", "Refused by " + refused.rule() + ": " + refused.getMessage());
        }
    }

    private void upload(Context ctx) {
        requireRole(Session.holder(ctx), Role.ADMIN, Role.MARKETING);
        try {
            var stored = agreements.upload(String.valueOf(ctx.formParam("document")), Session.holder(ctx).actor());
            Messages.back(ctx, "/ui/agreement/" + stored.version(), "done", "version " + stored.version() + " uploaded");
        } catch (Failure.Invalid invalid) {
            StringBuilder why = new StringBuilder(invalid.getMessage());
            invalid.problems().forEach(p -> why.append("; line ").append(p.line()).append(" ").append(p.path())
                    .append(": ").append(p.message()));
            Messages.back(ctx, "/ui/agreement", "refused", why.toString());
        } catch (Failure.Refused refused) {
            Messages.back(ctx, "/ui/agreement", "refused", refused.getMessage());
        }
    }

    private void sign(Context ctx) {
        String version = ctx.pathParam("version");
        String side = String.valueOf(ctx.formParam("side"));
        requireRole(Session.holder(ctx), Role.ADMIN, "sales".equals(side) ? Role.SALES_MANAGER : Role.MARKETING);
        try {
            agreements.sign(version, side, required(ctx, "name"), required(ctx, "role"), Session.holder(ctx).actor());
            Messages.back(ctx, "/ui/agreement/" + version, "done", "signed for " + side);
        } catch (Failure.Invalid invalid) {
            Messages.back(ctx, "/ui/agreement/" + version, "refused", invalid.getMessage());
        }
    }

    private void activate(Context ctx) {
        String version = ctx.pathParam("version");
        requireRole(Session.holder(ctx), Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
        try {
            agreements.activate(version, Session.holder(ctx).actor());
            Messages.back(ctx, "/ui/agreement/" + version, "done", "version " + version + " is active");
        } catch (Failure.Refused refused) {
            Messages.back(ctx, "/ui/agreement/" + version, "refused", refused.getMessage());
        }
    }

    static void requireRole(Holder holder, Role... roles) {
        if (!AgreementPage.may(holder, roles)) {
            throw new WebFailure(403, "A " + holder.role().code() + " may not do this.");
        }
    }

    private static String required(Context ctx, String name) {
        String value = blankToNull(ctx.method().name().equals("POST") ? ctx.formParam(name) : ctx.queryParam(name));
        if (value == null) {
            throw new WebFailure(400, "Fill in " + name + ".");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Holder holderIfAny(Context ctx) {
        return ctx.attribute("leadpact.web.holder");
    }

    private static String resource(String name) {
        try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
