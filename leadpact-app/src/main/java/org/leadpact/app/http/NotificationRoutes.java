package org.leadpact.app.http;

import io.javalin.Javalin;
import java.util.Map;
import org.leadpact.app.notify.Delivery;
import org.leadpact.app.notify.Notifications;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;

/** Hand-off notifications: the dead letters and their retry (marketing's watch), a lead's deliveries. */
final class NotificationRoutes {
    private static final int DEAD_LETTERS = 500;

    private final Notifications notifications;
    private final Leads leads;

    NotificationRoutes(Notifications notifications, Leads leads) {
        this.notifications = notifications;
        this.leads = leads;
    }

    void register(Javalin app, Idempotency idempotency) {
        app.get("/api/v1/notifications/dead-letters", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            AgreementRoutes.respond(ctx, Map.of("deadLetters", notifications.deadLetters(DEAD_LETTERS).stream()
                    .map(NotificationRoutes::view).toList()));
        });
        app.post("/api/v1/notifications/dead-letters/{id}/retry", idempotency.wrap(ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            String id = ctx.pathParam("id");
            Delivery retried = notifications.retry(id).orElseThrow(() -> notFound(id));
            AgreementRoutes.respond(ctx, view(retried));
        }));
        app.get("/api/v1/leads/{id}/notifications", ctx -> {
            var lead = leads.load(ctx.pathParam("id"));
            Access.mustSee(ctx, lead);
            AgreementRoutes.respond(ctx, Map.of("notifications", notifications.ofLead(lead.id()).stream()
                    .map(NotificationRoutes::view).toList()));
        });
    }

    private static Problem.Raised notFound(String id) {
        return new Problem.Raised(Problem.of(404, "Not found", "no dead letter " + id
                + " (a delivery that is pending or sent is not retried by hand)"));
    }

    static Map<String, Object> view(Delivery d) {
        return LeadReport.ordered("id", d.id(), "leadId", d.leadId(), "leadVersion", d.leadVersion(), "rep", d.rep(),
                "channel", d.channel().code(), "target", d.target(), "status", d.status().code(), "attempts",
                d.attempts(), "nextAttemptAt", d.nextAttemptAt(), "lastAttemptAt", d.lastAttemptAt(), "lastError",
                d.lastError(), "createdAt", d.createdAt(), "sentAt", d.sentAt(), "escalation",
                d.notice() == null ? null : d.notice().key());
    }
}
