package org.leadpact.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AgreementDiff;
import org.leadpact.agreement.Signature;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.AgreementStore.StoredAgreement;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;

/**
 * The agreement as a readable document: every clause by section, both signatures, the version history,
 * a clause-by-clause diff between two versions, and the sign / activate / upload forms for the roles
 * the API allows them.
 */
final class AgreementPage {
    private final Agreements agreements;

    AgreementPage(Agreements agreements) {
        this.agreements = agreements;
    }

    String show(Context ctx, Optional<String> version) {
        Holder holder = Session.holder(ctx);
        List<StoredAgreement> all = agreements.all();
        Optional<String> active = agreements.active().map(StoredAgreement::version);
        Html h = new Html();
        Messages.flash(ctx, h);
        if (all.isEmpty()) {
            h.el("p", "empty", "No agreement has been uploaded yet.");
        } else {
            StoredAgreement shown = agreements.find(version.or(() -> active)
                    .orElse(all.get(all.size() - 1).version()));
            document(h, shown, active, holder, Session.csrf(ctx));
            history(h, all, active, shown.version());
        }
        if (may(holder, Role.ADMIN, Role.MARKETING)) {
            upload(h, Session.csrf(ctx));
        }
        return Layout.page("Agreement", holder, "/ui/agreement", h.toString());
    }

    String diff(Context ctx, String from, String to) {
        Agreement before = Agreements.agreement(agreements.find(from));
        Agreement after = Agreements.agreement(agreements.find(to));
        List<AgreementDiff.Change> changes = AgreementDiff.between(before, after);
        Html h = new Html();
        h.raw("<p>From version ").el("strong", null, from).raw(" to version ").el("strong", null, to).raw(": ")
                .text(changes.size() + (changes.size() == 1 ? " clause changed." : " clauses changed.")).raw("</p>");
        h.table("diff", List.of("clause", "change", "before", "after"), changes, c -> List.of(
                "<code>" + Html.escape(c.clause()) + "</code>",
                "<span class=\"kind " + c.kind().name().toLowerCase() + "\">" + c.kind().name().toLowerCase() + "</span>",
                Html.escape(c.before()), Html.escape(c.after())));
        h.raw("<p>").link("/ui/agreement/" + to, "Back to version " + to).raw("</p>");
        return Layout.page("What changed", Session.holder(ctx), "/ui/agreement", h.toString());
    }

    private void document(Html h, StoredAgreement stored, Optional<String> active, Holder holder, String csrf) {
        Agreement a = Agreements.agreement(stored);
        boolean isActive = stored.active(active);
        h.raw("<section class=\"agreement\" id=\"agreement\"><h2>").text(a.name()).raw("</h2><p class=\"status\">Version ")
                .el("strong", "version", a.version()).raw(" · ")
                .el("span", isActive ? "badge active" : "badge", isActive ? "active"
                        : stored.signatures().complete() ? "signed, not active" : "awaiting signatures")
                .raw("</p>");
        signatures(h, stored, holder, csrf);
        if (!isActive && stored.signatures().complete() && may(holder, Role.ADMIN, Role.MARKETING, Role.SALES_MANAGER)) {
            h.raw("<form method=\"post\" action=\"/ui/agreement/").text(stored.version()).raw("/activate\">")
                    .csrf(csrf).raw("<button id=\"activate\" type=\"submit\">Activate version ")
                    .text(stored.version()).raw("</button></form>");
        }
        if (!isActive && active.isPresent() && may(holder, BacktestPage.ROLES)) {
            h.raw("<p><a id=\"backtest\" href=\"").text(BacktestPageRoutes.PATH + "?proposed="
                            + java.net.URLEncoder.encode(stored.version(), java.nio.charset.StandardCharsets.UTF_8)
                            + "&baseline=" + org.leadpact.app.backtest.Backtests.ACTIVE)
                    .raw("\">Back-test against the active version</a> (").text(active.get())
                    .raw(", the last six months)</p>");
        }
        sections(a).forEach((section, clauses) -> {
            h.el("h3", null, section);
            h.raw("<dl>");
            clauses.forEach((clause, words) -> h.raw("<dt><code>").text(clause).raw("</code></dt><dd>").text(words)
                    .raw("</dd>"));
            h.raw("</dl>");
        });
        h.raw("</section>");
    }

    private static void signatures(Html h, StoredAgreement stored, Holder holder, String csrf) {
        h.raw("<div class=\"signatures\">");
        signature(h, "marketing", stored.signatures().marketing(), stored.version(), csrf,
                may(holder, Role.ADMIN, Role.MARKETING));
        signature(h, "sales", stored.signatures().sales(), stored.version(), csrf,
                may(holder, Role.ADMIN, Role.SALES_MANAGER));
        h.raw("</div>");
    }

    private static void signature(Html h, String side, Signature s, String version, String csrf, boolean maySign) {
        h.raw("<div class=\"signature\" id=\"signature-").text(side).raw("\"><h4>").text("For " + side).raw("</h4>");
        if (s != null) {
            h.raw("<p class=\"signed\">").el("strong", null, s.name()).raw(", ").text(s.role()).raw("<br>signed ")
                    .text(s.signedAt()).raw("</p>");
        } else if (maySign) {
            h.raw("<form method=\"post\" action=\"/ui/agreement/").text(version).raw("/sign\">").csrf(csrf)
                    .raw("<input type=\"hidden\" name=\"side\" value=\"").text(side).raw("\">")
                    .raw("<input name=\"name\" placeholder=\"Full name\" required>")
                    .raw("<input name=\"role\" placeholder=\"Role, e.g. VP Sales\" required>")
                    .raw("<button type=\"submit\" id=\"sign-").text(side).raw("\">Sign for ").text(side)
                    .raw("</button></form>");
        } else {
            h.el("p", "unsigned", "not signed yet");
        }
        h.raw("</div>");
    }

    /** The clauses grouped by the agreement section they belong to, in the file's order. */
    static Map<String, Map<String, String>> sections(Agreement a) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        AgreementDiff.clauses(a).forEach((clause, words) -> {
            String section = clause.split("[.\\[]", 2)[0];
            sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(clause, words);
        });
        return sections;
    }

    private static void history(Html h, List<StoredAgreement> all, Optional<String> active, String shown) {
        h.el("h2", null, "Versions");
        List<StoredAgreement> newestFirst = new ArrayList<>(all);
        java.util.Collections.reverse(newestFirst);
        h.table("versions", List.of("version", "name", "uploaded", "marketing", "sales", "status"), newestFirst, s -> List.of(
                "<a href=\"/ui/agreement/" + Html.escape(s.version()) + "\">" + Html.escape(s.version()) + "</a>"
                        + (s.version().equals(shown) ? " (shown)" : ""),
                Html.escape(s.name()), Html.escape(s.uploadedAt() + " by " + s.uploadedBy()),
                signedBy(s.signatures().marketing()), signedBy(s.signatures().sales()),
                s.active(active) ? "<span class=\"badge active\">active</span>" : ""));
        if (all.size() > 1) {
            h.raw("<form method=\"get\" action=\"/ui/agreement-diff\" class=\"inline\">Compare ")
                    .raw(select("from", all, all.get(all.size() - 2).version())).raw(" with ")
                    .raw(select("to", all, all.get(all.size() - 1).version()))
                    .raw(" <button type=\"submit\" id=\"compare\">Show what changed</button></form>");
        }
    }

    private static String select(String name, List<StoredAgreement> all, String selected) {
        StringBuilder s = new StringBuilder("<select name=\"" + name + "\">");
        for (StoredAgreement a : all) {
            s.append("<option").append(a.version().equals(selected) ? " selected" : "").append(">")
                    .append(Html.escape(a.version())).append("</option>");
        }
        return s.append("</select>").toString();
    }

    private static String signedBy(Signature s) {
        return s == null ? "<span class=\"unsigned\">—</span>" : Html.escape(s.name() + " (" + s.signedAt() + ")");
    }

    private static void upload(Html h, String csrf) {
        h.el("h2", null, "Upload a new version");
        h.raw("<form method=\"post\" action=\"/ui/agreement/upload\">").csrf(csrf)
                .raw("<textarea name=\"document\" rows=\"8\" placeholder=\"The agreement file (YAML)\"></textarea>")
                .raw("<button type=\"submit\" id=\"upload\">Upload</button></form>");
    }

    static boolean may(Holder holder, Role... roles) {
        return java.util.Arrays.asList(roles).contains(holder.role());
    }
}
