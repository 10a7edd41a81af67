package org.leadpact.app.web;

import io.javalin.Javalin;
import java.time.Clock;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.sla.ComplianceReports;
import org.leadpact.app.sla.SlaContexts;

/**
 * The dashboard's figures: scoreboard, funnel, sources, aging and planner, rendered from the same
 * services the API answers from (the reports' fact index, the SLA compliance, the planner).
 */
public final class InsightRoutes {
    private final ScoreboardPage scoreboard;
    private final FunnelPage funnel;
    private final SourcesPage sources;
    private final AgingPage aging;
    private final PlannerPage planner;

    public InsightRoutes(ReportBook reports, ComplianceReports compliance, SlaContexts contexts, Clock clock) {
        Scoreboards cache = new Scoreboards(() -> reports.index().version(), System::nanoTime);
        this.scoreboard = new ScoreboardPage(compliance, contexts, reports.index(), clock, cache);
        this.funnel = new FunnelPage(reports, clock);
        this.sources = new SourcesPage(reports);
        this.aging = new AgingPage(reports, clock);
        this.planner = new PlannerPage(reports, clock);
    }

    void register(Javalin app) {
        app.get("/ui/scoreboard", ctx -> ctx.html(scoreboard.show(ctx)));
        app.get("/ui/funnel", ctx -> ctx.html(funnel.show(ctx)));
        app.get("/ui/sources", ctx -> ctx.html(sources.show(ctx)));
        app.get("/ui/aging", ctx -> ctx.html(aging.show(ctx)));
        app.get("/ui/planner", ctx -> ctx.html(planner.show(ctx)));
        // someone signed in: the scoreboard's reports (seconds each on a large company) are made meanwhile
        app.after("/ui/sign-in", ctx -> {
            if (ctx.method().name().equals("POST") && ctx.status().getCode() < 400) {
                scoreboard.warm();
            }
        });
    }
}
