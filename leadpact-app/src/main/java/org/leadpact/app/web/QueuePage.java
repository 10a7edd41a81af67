package org.leadpact.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.sla.Countdown;
import org.leadpact.sla.HotQueue;
import org.leadpact.sla.SlaContext;

/**
 * The rep's morning list: their open leads hottest first (score, then the nearest SLA deadline), each
 * with its running clocks counting down in business time, and the buttons to log a call or an e-mail
 * and to set a disposition without leaving the list.
 */
final class QueuePage {
    private final Leads leads;
    private final Agreements agreements;
    private final SlaContexts contexts;
    private final Directory directory;
    private final Clock clock;

    QueuePage(Leads leads, Agreements agreements, SlaContexts contexts, Directory directory, Clock clock) {
        this.leads = leads;
        this.agreements = agreements;
        this.contexts = contexts;
        this.directory = directory;
        this.clock = clock;
    }

    String show(Context ctx, QueueRoutes.Whose whose) {
        Html h = new Html();
        Messages.flash(ctx, h);
        if (Session.holder(ctx).role() != org.leadpact.app.store.Tokens.Role.SALES_REP) {
            picker(h, ctx);
        }
        if (whose.reps().isEmpty()) {
            h.el("p", "empty", "Pick a rep (or a team) to see their queue. The fullest queues:");
            h.raw("<ul id=\"busiest\">");
            leads.busiestQueues(20).forEach((rep, open) -> h.raw("<li><a href=\"/ui/queue?rep=")
                    .text(java.net.URLEncoder.encode(rep, java.nio.charset.StandardCharsets.UTF_8)).raw("\">").text(rep)
                    .raw("</a> · ").text(open + " open").raw("</li>"));
            h.raw("</ul>");
            return Layout.page(whose.title(), Session.holder(ctx), "/ui/queue", h.toString());
        }
        LeadEngine engine = agreements.activeEngine();
        SlaContext context = contexts.context(engine.agreement());
        Instant now = clock.instant();
        List<HotQueue.Row> rows = HotQueue.of(engine, leads.openLeads(whose.reps()), context, now);
        ZoneId zone = context.agreementCalendar().zone();
        h.raw("<p class=\"hint\" id=\"queue-summary\">").text(rows.size() + " open lead(s), hottest first: score, then the "
                + "nearest SLA deadline. Time left is business time of agreement " + engine.agreement().version()
                + " (" + zone.getId() + " hours).").raw("</p>");
        String back = "/ui/queue" + whose.query();
        String csrf = Session.csrf(ctx);
        List<Disposition> dispositions = engine.agreement().dispositions().allowed();
        boolean many = whose.reps().size() > 1;
        List<String> headers = many ? List.of("lead", "owner", "stage", "score", "SLA clocks", "work it")
                : List.of("lead", "stage", "score", "SLA clocks", "work it");
        h.table("queue", headers, rows, r -> {
            var item = r.item();
            var lead = item.lead();
            String link = "<a href=\"/ui/leads/" + Html.escape(lead.id()) + "\">"
                    + Html.escape(lead.attributes().fullName().orElse(lead.id())) + "</a><br><span class=\"hint\">"
                    + Html.escape(lead.attributes().text("company").orElse("")) + "</span>";
            String score = Html.escape(item.score().total()) + (item.score().band() == null ? ""
                    : " · " + Html.escape(item.score().band()));
            List<String> cells = new java.util.ArrayList<>(List.of(link, Html.escape(lead.stage().code()), score,
                    clocks(r.clocks(), zone), actions(lead.id(), dispositions, csrf, back)));
            if (many) {
                cells.add(1, Html.escape(lead.owner()));
            }
            return cells;
        });
        h.raw(ClockCells.SCRIPT);
        return Layout.page(whose.title(), Session.holder(ctx), "/ui/queue", h.toString());
    }

    private static String clocks(List<Countdown> countdowns, ZoneId zone) {
        if (countdowns.isEmpty()) {
            return "<span class=\"hint\">none running</span>";
        }
        StringBuilder s = new StringBuilder();
        for (Countdown c : countdowns) {
            String state = ClockCells.state(c.clock());
            s.append("<div class=\"clock\" data-clock=\"").append(Html.escape(c.clock().kind().code())).append("\">")
                    .append(Html.escape(c.clock().kind().words())).append(" <span class=\"state ")
                    .append(Html.escape(state)).append("\">").append(Html.escape(state)).append("</span> · due ")
                    .append(Html.escape(ClockCells.when(c.clock().dueAt(), zone))).append(" <code>")
                    .append(Html.escape(c.clock().clause())).append("</code><br>").append(ClockCells.left(c))
                    .append("</div>");
        }
        return s.toString();
    }

    private static String actions(String id, List<Disposition> dispositions, String csrf, String back) {
        String base = "/ui/leads/" + Html.escape(id);
        Html h = new Html();
        h.raw("<form method=\"post\" action=\"" + base + "/touch\" class=\"inline touch\">").csrf(csrf)
                .raw("<input type=\"hidden\" name=\"back\" value=\"").text(back).raw("\">")
                .raw("<select name=\"type\"><option value=\"sales-call\">Call</option>")
                .raw("<option value=\"sales-email\">E-mail</option></select>")
                .raw("<input name=\"outcome\" placeholder=\"Outcome\"><button type=\"submit\">Log</button></form>");
        h.raw("<form method=\"post\" action=\"" + base + "/disposition\" class=\"inline disposition\">").csrf(csrf)
                .raw("<input type=\"hidden\" name=\"back\" value=\"").text(back).raw("\"><select name=\"disposition\">");
        for (Disposition d : dispositions) {
            h.raw("<option>").text(d.code()).raw("</option>");
        }
        return h.raw("</select><button type=\"submit\">Set</button></form>").toString();
    }

    /** A rep from the directory or typed in, or a team. */
    private void picker(Html h, Context ctx) {
        h.raw("<form method=\"get\" class=\"inline\" id=\"pick\"><input name=\"rep\" list=\"reps\" placeholder=\"rep id\" value=\"")
                .text(ctx.queryParamAsClass("rep", String.class).getOrDefault("")).raw("\"><datalist id=\"reps\">");
        for (Rep r : directory.reps()) {
            h.raw("<option value=\"").text(r.id()).raw("\">").text(r.name()).raw("</option>");
        }
        h.raw("</datalist>");
        if (!directory.teams().isEmpty()) {
            h.raw("<select name=\"team\"><option value=\"\">or a team</option>");
            directory.teams().forEach(t -> h.raw("<option").raw(t.id().equals(ctx.queryParam("team")) ? " selected" : "")
                    .raw(" value=\"").text(t.id()).raw("\">").text(t.name()).raw("</option>"));
            h.raw("</select>");
        }
        h.raw("<button type=\"submit\">Show queue</button></form>");
    }
}
