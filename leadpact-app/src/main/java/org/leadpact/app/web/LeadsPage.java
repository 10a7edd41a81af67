package org.leadpact.app.web;

import io.javalin.http.Context;
import java.util.List;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.lead.Stage;

/** Leads by stage with a search box; a rep sees only their own. Each row opens the lead's page. */
final class LeadsPage {
    private static final int PAGE = 100;

    private final Leads leads;

    LeadsPage(Leads leads) {
        this.leads = leads;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        String stage = blankToNull(ctx.queryParam("stage"));
        String q = blankToNull(ctx.queryParam("q"));
        String owner = holder.role() == Role.SALES_REP ? holder.rep() : blankToNull(ctx.queryParam("owner"));
        int offset = Math.max(0, parse(ctx.queryParam("offset")));
        if (stage != null && java.util.Arrays.stream(Stage.values()).noneMatch(s -> s.code().equals(stage))) {
            throw new WebFailure(400, "'" + stage + "' is not a stage.");
        }
        List<LeadProjection> rows = leads.list(stage, owner, q, PAGE, offset);
        Html h = new Html();
        h.raw("<form method=\"get\" class=\"inline\" id=\"search\"><select name=\"stage\"><option value=\"\">every stage</option>");
        for (Stage s : Stage.values()) {
            h.raw("<option").raw(s.code().equals(stage) ? " selected" : "").raw(">").text(s.code()).raw("</option>");
        }
        h.raw("</select><input name=\"q\" placeholder=\"e-mail, name, company\" value=\"").text(q == null ? "" : q)
                .raw("\"><button type=\"submit\">Find</button></form>");
        h.table("leads", List.of("lead", "e-mail", "company", "stage", "owner", "last event"), rows, r -> List.of(
                "<a href=\"/ui/leads/" + Html.escape(r.id()) + "\">" + Html.escape(name(r)) + "</a>",
                Html.escape(r.email()), Html.escape(r.attributes().get("company")), Html.escape(r.stage()),
                Html.escape(r.owner()), Html.escape(r.lastEventAt())));
        if (rows.size() == PAGE) {
            h.raw("<p><a href=\"?stage=").text(stage == null ? "" : stage).raw("&q=").text(q == null ? "" : q)
                    .raw("&offset=").text(offset + PAGE).raw("\">next ").text(PAGE).raw("</a></p>");
        }
        return Layout.page("Leads", holder, "/ui/leads", h.toString());
    }

    private static String name(LeadProjection r) {
        String full = r.attributes().getOrDefault("fullName", "").strip();
        return full.isEmpty() ? r.id() : full;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
