package org.leadpact.app.http;

import io.javalin.Javalin;
import java.time.Clock;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.ClockView;
import org.leadpact.app.sla.ComplianceReports;
import org.leadpact.app.sla.ComplianceView;
import org.leadpact.app.sla.RecordedEscalations;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lead.LeadState;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.Compliance;
import org.leadpact.sla.ReportPeriod;

/** A lead's SLA clocks as they stand now, and the escalations the clocks recorded. */
final class SlaRoutes {
    private final Leads leads;
    private final SlaContexts contexts;
    private final RecordedEscalations escalations;
    private final Clock clock;
    private final ComplianceReports compliance;

    SlaRoutes(Leads leads, SlaContexts contexts, RecordedEscalations escalations, ComplianceReports compliance,
              Clock clock) {
        this.compliance = compliance;
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
        app.get("/api/v1/sla/compliance", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
            ReportPeriod period = period(ctx.queryParam("period"), ctx.queryParam("from"), ctx.queryParam("to"));
            Compliance.By by = by(ctx.queryParam("by"));
            try {
                AgreementRoutes.respond(ctx, ComplianceView.of(compliance.report(period, by)));
            } catch (IllegalStateException e) {
                throw new Failure.Refused("agreement", e.getMessage());
            }
        });
        app.get("/api/v1/sla/escalations", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER);
            int limit = LeadRoutes.intParam(ctx, "limit", 100, 1, 1000);
            AgreementRoutes.respond(ctx, LeadReport.ordered("escalations",
                    escalations.latest(ctx.queryParam("lead"), limit)));
        });
    }

    /** A named period, or from and to (days, both included); every problem names its parameter. */
    static ReportPeriod period(String period, String from, String to) {
        java.time.LocalDate first = from == null ? null : date("from", from);
        java.time.LocalDate last = to == null ? null : date("to", to);
        try {
            return ReportPeriod.of(period, first, last);
        } catch (IllegalArgumentException e) {
            throw invalid(period != null ? "period" : from == null ? "from" : "to", e.getMessage());
        }
    }

    static Compliance.By by(String text) {
        if (text == null || text.equals("rep")) {
            return Compliance.By.REP;
        }
        if (text.equals("team")) {
            return Compliance.By.TEAM;
        }
        throw invalid("by", "'" + text + "' is not rep or team");
    }

    private static java.time.LocalDate date(String name, String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(name, "'" + text + "' is not a date like 2027-03-01");
        }
    }

    private static Failure.Invalid invalid(String field, String message) {
        return new Failure.Invalid(message, java.util.List.of(new Failure.FieldProblem(field, 0, message)));
    }
}
