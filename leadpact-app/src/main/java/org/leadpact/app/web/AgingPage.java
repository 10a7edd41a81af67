package org.leadpact.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.reports.AgingBucket;
import org.leadpact.reports.AgingLeads;
import org.leadpact.reports.AgingReport;
import org.leadpact.reports.Reports;

/**
 * Each rep's open leads by days since the rep last touched them, as a heat map: the darker the cell,
 * the more leads wait there. A cell opens the leads behind it, longest untouched first.
 */
final class AgingPage {
    static final int LISTED = 200;

    private final ReportBook book;
    private final Clock clock;

    AgingPage(ReportBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        PageParams p = PageParams.of(ctx, "rep", "bucket");
        String own = Figures.repOf(holder);
        String rep = p.text("rep");
        if (own != null && rep != null && !rep.equals(own)) {
            throw new WebFailure(403, "A sales rep sees the aging of their own leads only.");
        }
        AgingBucket bucket = p.text("bucket") == null ? null : AgingBucket.fromCode(p.text("bucket")).orElseThrow(() ->
                new WebFailure(400, "bucket: '" + p.text("bucket") + "' is not one of " + String.join(", ",
                        Arrays.stream(AgingBucket.values()).map(AgingBucket::code).toList()) + "."));
        Instant now = clock.instant();
        Reports reports = new Reports(book.index(), book.teams().teamOf());
        AgingReport aging = reports.aging(now, Figures.slice(holder));
        Html h = new Html();
        Figures.sliceNote(h, holder);
        h.raw("<p class=\"hint\">Open leads (handed off, accepted or an open opportunity) by whole days since the "
                + "rep's last call, e-mail or meeting, as of ").text(now).raw(". Click a cell for its leads.</p>");
        heatMap(h, aging);
        if (rep != null || bucket != null) {
            cell(h, reports.agingLeads(now, Figures.slice(holder), rep == null ? own : rep, bucket).limited(LISTED));
        }
        h.raw(Charts.chart("aging-chart", "Open leads by days since the last touch", chart(aging)));
        return Layout.page("Aging", holder, "/ui/aging", h.toString());
    }

    private static void heatMap(Html h, AgingReport aging) {
        long max = 1;
        for (AgingReport.RepRow r : aging.reps()) {
            for (long n : r.buckets().values()) {
                max = Math.max(max, n);
            }
        }
        h.raw("<table class=\"heat\" id=\"aging\"><thead><tr><th>rep</th>");
        aging.buckets().forEach(b -> h.raw("<th>").text(b).raw("</th>"));
        h.raw("<th>total</th></tr></thead><tbody>");
        List<AgingReport.RepRow> rows = new ArrayList<>(aging.reps());
        rows.add(aging.total());
        for (AgingReport.RepRow r : rows) {
            boolean total = r == aging.total();
            String rep = total ? null : r.rep();
            h.raw(total ? "<tr class=\"total\">" : "<tr>").raw("<th>").text(r.rep()).raw("</th>");
            for (Map.Entry<String, Long> c : r.buckets().entrySet()) {
                // total-row cells are not shaded: they would be darkest everywhere and hide the reps
                String style = total || c.getValue() == 0 ? "" : String.format(Locale.ROOT,
                        " style=\"background: rgba(179, 38, 30, %.2f)\"", 0.08 + 0.72 * c.getValue() / max);
                h.raw("<td class=\"cell\"").raw(style).raw("><a href=\"").text(href(rep, c.getKey())).raw("\">")
                        .text(c.getValue()).raw("</a></td>");
            }
            h.raw("<td><a href=\"").text(href(rep, null)).raw("\">").text(r.total()).raw("</a></td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static String href(String rep, String bucket) {
        StringBuilder s = new StringBuilder("/ui/aging?");
        if (rep != null) {
            s.append("rep=").append(java.net.URLEncoder.encode(rep, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (bucket != null) {
            s.append(rep != null ? "&" : "").append("bucket=").append(bucket);
        }
        return s.toString();
    }

    private static void cell(Html h, AgingLeads cell) {
        h.raw("<section id=\"cell\"><h2>").text(cell.rep() == null ? "Every rep" : cell.rep()).raw(" · ")
                .text(cell.bucket() == null ? "every bucket" : cell.bucket()).raw("</h2><p class=\"hint\">")
                .text(cell.count() + (cell.count() == 1 ? " open lead" : " open leads"))
                .text(cell.count() > cell.leads().size() ? ", the first " + cell.leads().size() + " shown" : "")
                .raw(", longest untouched first.</p>");
        h.table("cell-leads", List.of("lead", "rep", "stage", "days since a touch", "last touch", "handed off"),
                cell.leads(), l -> List.of("<a href=\"/ui/leads/" + Html.escape(l.lead()) + "\">" + Html.escape(l.lead())
                        + "</a>", Html.escape(l.rep()), Html.escape(l.stage()),
                        l.days() == null ? "no activity" : Html.escape(l.days()), Html.escape(l.lastSalesActivity()),
                        Html.escape(l.handedOffAt())));
        h.raw("</section>");
    }

    private static Map<String, Object> chart(AgingReport aging) {
        return Map.of("tooltip", Map.of(), "xAxis", Map.of("type", "category", "data", aging.buckets()),
                "yAxis", Map.of("type", "value", "name", "open leads"),
                "series", List.of(Map.of("type", "bar", "data", new ArrayList<>(aging.total().buckets().values()))));
    }
}
