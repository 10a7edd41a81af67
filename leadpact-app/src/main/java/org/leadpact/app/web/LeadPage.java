package org.leadpact.app.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.LeadReport;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.qualification.Check;
import org.leadpact.qualification.Qualification;
import org.leadpact.scoring.Score;
import org.leadpact.sla.Clock;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.Countdown;
import org.leadpact.sla.SlaContext;
import org.leadpact.scoring.ScoreContribution;

/**
 * One lead for the person who works it: contact card, score with its explanation, the qualification
 * checks, why it went to this rep, the whole timeline, and the rep's buttons (log a touch, set a
 * disposition). A rep sees only their own leads: anyone else's is "not found".
 */
final class LeadPage {
    private final Leads leads;
    private final Agreements agreements;
    private final SlaContexts contexts;
    private final java.time.Clock clock;

    LeadPage(Leads leads, Agreements agreements, SlaContexts contexts, java.time.Clock clock) {
        this.leads = leads;
        this.agreements = agreements;
        this.contexts = contexts;
        this.clock = clock;
    }

    /** The lead, or 404 when it does not exist or is not this rep's. */
    LeadState visible(Context ctx, String id) {
        LeadState lead = leads.load(id);
        Holder holder = Session.holder(ctx);
        if (holder.role() == Role.SALES_REP && !holder.rep().equals(lead.owner())) {
            throw new WebFailure(404, "There is no lead " + id + ".");
        }
        return lead;
    }

    String show(Context ctx, String id) {
        LeadState lead = visible(ctx, id);
        Instant at = clock.instant();
        for (LeadEvent e : lead.history()) {
            at = e.at().isAfter(at) ? e.at() : at;
        }
        LeadEngine engine = agreements.activeEngine();
        Qualification q = engine.qualifier().assess(lead, at);
        Html h = new Html();
        Messages.flash(ctx, h);
        card(h, lead);
        if (AgreementPage.may(Session.holder(ctx), Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP)) {
            actions(h, lead, engine.agreement().dispositions().allowed(), Session.csrf(ctx));
        }
        clocks(h, lead, engine.agreement(), contexts.context(engine.agreement()), at);
        score(h, q, engine.agreement().version());
        routing(h, lead);
        timeline(h, lead);
        String title = lead.attributes().fullName().orElse(lead.id());
        return Layout.page(title, Session.holder(ctx), "/ui/leads", h.toString());
    }

    private static void card(Html h, LeadState lead) {
        h.raw("<section class=\"card\" id=\"lead-card\"><p>Stage ").el("strong", "stage", lead.stage().code());
        if (lead.owner() != null) {
            h.raw(" · owner ").el("strong", "owner", lead.owner());
        }
        h.raw("</p><dl class=\"attributes\">");
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(lead.attributes().values()).entrySet()) {
            h.raw("<dt>").text(a.getKey()).raw("</dt><dd>").text(a.getValue()).raw("</dd>");
        }
        h.raw("</dl></section>");
    }

    private static void actions(Html h, LeadState lead, List<Disposition> allowed, String csrf) {
        String base = "/ui/leads/" + Html.escape(lead.id());
        h.raw("<section class=\"actions\" id=\"actions\"><h2>Work this lead</h2>");
        h.raw("<form method=\"post\" action=\"" + base + "/touch\" class=\"inline\">").csrf(csrf)
                .raw("<select name=\"type\"><option value=\"sales-call\">Call</option>")
                .raw("<option value=\"sales-email\">E-mail</option><option value=\"sales-meeting\">Meeting</option></select>")
                .raw("<input name=\"outcome\" placeholder=\"Outcome, e.g. left voicemail\">")
                .raw("<button type=\"submit\" id=\"log-touch\">Log it</button></form>");
        h.raw("<form method=\"post\" action=\"" + base + "/disposition\" class=\"inline\">").csrf(csrf)
                .raw("<select name=\"disposition\" id=\"disposition\">");
        for (Disposition d : allowed) {
            h.raw("<option>").text(d.code()).raw("</option>");
        }
        h.raw("</select><input name=\"note\" placeholder=\"Note\">")
                .raw("<button type=\"submit\" id=\"set-disposition\">Set disposition</button></form></section>");
    }

    /** Every SLA clock of the lead: its clause, state, deadline and, while it runs, the time left. */
    private static void clocks(Html h, LeadState lead, Agreement agreement, SlaContext context, Instant at) {
        List<Clock> clocks = Clocks.of(lead, agreement, context, at);
        if (clocks.isEmpty()) {
            return;
        }
        ZoneId zone = context.agreementCalendar().zone();
        h.raw("<section id=\"clocks\"><h2>SLA clocks</h2>");
        h.table("clocks", List.of("clock", "clause", "state", "started", "warning at", "due", "time left"), clocks, c -> List.of(
                Html.escape(c.kind().words() + (c.cycle() > 1 ? " #" + c.cycle() : "")),
                "<code>" + Html.escape(c.clause()) + "</code> v" + Html.escape(c.agreementVersion()),
                "<span class=\"state " + Html.escape(ClockCells.state(c)) + "\">" + Html.escape(ClockCells.state(c))
                        + "</span>",
                Html.escape(ClockCells.when(c.startedAt(), zone)), Html.escape(ClockCells.when(c.warnAt(), zone)),
                Html.escape(ClockCells.when(c.dueAt(), zone)),
                Countdown.live(c) ? ClockCells.left(Countdown.of(c, context, at))
                        : c.stoppedAt() == null ? "" : "stopped " + Html.escape(ClockCells.when(c.stoppedAt(), zone))));
        h.raw("</section>").raw(ClockCells.SCRIPT);
    }

    private static void score(Html h, Qualification q, String version) {
        Score s = q.score();
        h.raw("<section id=\"score\"><h2>Score ").text(s.total()).raw(s.band() == null ? "" : " · band " + Html.escape(s.band()))
                .raw("</h2><p>Threshold ").text(s.threshold()).raw(" under agreement version ").text(version)
                .raw(". ").text(q.summary()).raw("</p>");
        h.table("contributions", List.of("points", "rule", "why", "clause"), s.contributions(), (ScoreContribution c) ->
                List.of(Html.escape(c.points()), Html.escape(c.rule()), Html.escape(c.reason()),
                        "<code>" + Html.escape(c.clause()) + "</code>"));
        h.table("checks", List.of("", "check", "clause"), q.checks(), (Check c) -> List.of(c.met() ? "✓" : "✗",
                Html.escape(c.words()), "<code>" + Html.escape(c.clause()) + "</code>"));
        h.raw("</section>");
    }

    private static void routing(Html h, LeadState lead) {
        List<OwnerAssigned> assignments = new ArrayList<>();
        lead.history().forEach(e -> {
            if (e instanceof OwnerAssigned o) {
                assignments.add(o);
            }
        });
        if (assignments.isEmpty()) {
            return;
        }
        h.raw("<section id=\"routing\"><h2>Why this rep</h2>");
        h.table("routing", List.of("when", "rep", "why", "clause"), assignments, o -> List.of(Html.escape(o.at()),
                Html.escape(o.owner()), Html.escape(o.reason()),
                "<code>" + Html.escape(o.clause()) + "</code> v" + Html.escape(o.agreementVersion())));
        h.raw("</section>");
    }

    private static void timeline(Html h, LeadState lead) {
        List<LeadEvent> newestFirst = new ArrayList<>(lead.history());
        java.util.Collections.reverse(newestFirst);
        h.raw("<section id=\"timeline\"><h2>Timeline</h2>");
        h.table("timeline", List.of("when", "what"), newestFirst, e -> List.of(Html.escape(e.at()),
                Html.escape(LeadReport.describe(e))));
        h.raw("</section>");
    }
}
