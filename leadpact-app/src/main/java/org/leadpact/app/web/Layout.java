package org.leadpact.app.web;

import java.util.List;
import org.leadpact.app.store.Tokens.Holder;

/** The frame around every page: the navigation, who is signed in, and the stylesheet. */
final class Layout {
    record Tab(String href, String label) {
    }

    /** Pages in the order people work through them in the morning. */
    static final List<Tab> TABS = List.of(new Tab("/ui/scoreboard", "Scoreboard"), new Tab("/ui/funnel", "Funnel"),
            new Tab("/ui/sources", "Sources"), new Tab("/ui/aging", "Aging"), new Tab("/ui/planner", "Planner"),
            new Tab("/ui/queue", "Queue"), new Tab("/ui/leads", "Leads"), new Tab("/ui/agreement", "Agreement"));

    private Layout() {
    }

    static String page(String title, Holder holder, String active, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw(" · LeadPact</title>")
                .raw("<link rel=\"stylesheet\" href=\"/ui/static/app.css\"></head><body>")
                .raw("<header><a class=\"brand\" href=\"/ui\">LeadPact</a><nav>");
        for (Tab tab : TABS) {
            h.raw("<a href=\"").text(tab.href()).raw("\"").raw(tab.href().equals(active) ? " class=\"active\"" : "")
                    .raw(">").text(tab.label()).raw("</a>");
        }
        h.raw("</nav>");
        if (holder != null) {
            h.raw("<span class=\"who\" id=\"who\">").text(holder.name()).raw(" · ").text(holder.role().code())
                    .raw(" <a href=\"/ui/sign-out\">sign out</a></span>");
        }
        h.raw("</header><main>").el("h1", null, title).raw(body).raw("</main>");
        if (body.contains(Charts.MARKER)) {
            h.raw(Charts.scripts());
        }
        h.raw("</body></html>");
        return h.toString();
    }
}
