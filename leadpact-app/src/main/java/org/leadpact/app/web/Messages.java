package org.leadpact.app.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a form did, shown on the page it returns to: a redirect carries it in the query string, so a
 * reload never sends the form twice.
 */
final class Messages {
    private Messages() {
    }

    static void back(Context ctx, String page, String kind, String message) {
        ctx.redirect(page + (page.contains("?") ? "&" : "?") + kind + "=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    static void flash(Context ctx, Html h) {
        String done = ctx.queryParam("done");
        String refused = ctx.queryParam("refused");
        if (done != null) {
            h.raw("<p class=\"flash done\" id=\"flash\">").text(done).raw("</p>");
        }
        if (refused != null) {
            h.raw("<p class=\"flash refused\" id=\"flash\">").text(refused).raw("</p>");
        }
    }
}
