package org.leadpact.app.http;

import io.javalin.Javalin;
import java.time.Clock;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.ClockView;
import org.leadpact.app.sla.RecordedEscalations;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lead.LeadState;
import org.leadpact.sla.Clocks;

/** A lead's SLA clocks as they stand now, and the escalations the clocks recorded. */
final class SlaRoutes {
    private final Leads leads;
    private final SlaContexts contexts;
    private final RecordedEscalations escalations;
    private final Clock clock;

    SlaRoutes(Leads leads, SlaContexts contexts, RecordedEscalations escalations, Clock clock) {
        this.leads = leads;
        this.contexts = contexts;
        this.escalations = escalations;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.get("/api/v1/leads/{id}/clocks", ctx -> {
            LeadState lead = leads.load(ctx.pathParam("id"));
            Access.mustSee(ctx, lead);
            SlaContexts.Judged judged = contexts.active().orElseThrow(() -> new Failure.Refused("agreement",
                    "no agreement is active: clocks run under the active agreement"));
            var now = clock.instant();
            AgreementRoutes.respond(ctx, LeadReport.ordered("leadId", lead.id(), "at", now.toString(),
                    "agreementVersion", judged.agreement().version(), "clocks",
                    Clocks.of(lead, judged.agreement(), judged.context(), now).stream().map(ClockView::of).toList()));
        });
        app.get("/api/v1/sla/escalations", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
            int limit = LeadRoutes.intParam(ctx, "limit", 100, 1, 1000);
            AgreementRoutes.respond(ctx, LeadReport.ordered("escalations",
                    escalations.latest(ctx.queryParam("lead"), limit)));
        });
    }
}
