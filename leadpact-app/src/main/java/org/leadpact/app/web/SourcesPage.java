package org.leadpact.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.leadpact.app.reports.ReportBook;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.reports.Dimension;
import org.leadpact.reports.Range;
import org.leadpact.reports.Reports;
import org.leadpact.reports.SourceReport;
import org.leadpact.reports.SourceReport.Row;

/**
 * Where the leads that turn into money come from: the lead-source report (or by campaign, offer, landing
 * page, segment) as a table sortable by any column on the server, and a chart of conversion and value per lead.
 */
final class SourcesPage {
    static final List<String> GROUPS = List.of("source", "campaign", "offer", "landingPage", "segment");

    /** The sortable columns, by their name in {@code ?sort=}, with the words of their header. */
    private record Column(String key, String header, Comparator<Row> order, Function<Row, String> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("value", "", Comparator.comparing(Row::value), r -> Html.escape(r.value())),
            new Column("leads", "leads", Comparator.comparingLong(Row::leads), r -> Figures.count(r.leads())),
            new Column("opportunities", "opportunities", Comparator.comparingLong(Row::opportunities),
                    r -> Figures.count(r.opportunities())),
            new Column("conversion", "conversion", nullsLast(Row::conversionRate), r -> Figures.share(r.conversionRate())),
            new Column("daysToClose", "median days to close", nullsLast(Row::medianDaysToClose),
                    r -> Figures.days(r.medianDaysToClose())),
            new Column("wonValue", "won value", Comparator.comparing(Row::wonValue), r -> Figures.money(r.wonValue())),
            new Column("valuePerLead", "value per lead", nullsLast(Row::valuePerLead),
                    r -> Figures.money(r.valuePerLead())));

    private final ReportBook book;

    SourcesPage(ReportBook book) {
        this.book = book;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        PageParams p = PageParams.of(ctx, "period", "by", "sort", "dir");
        Range period = period(p.text("period"));
        String by = p.choice("by", "source", GROUPS);
        String sort = p.choice("sort", "leads", COLUMNS.stream().map(Column::key).toList());
        String dir = p.choice("dir", "desc", List.of("asc", "desc"));
        SourceReport report = new Reports(book.index(), book.teams().teamOf()).sources(period, Figures.slice(holder),
                Dimension.fromCode(by).orElseThrow());
        List<Row> rows = sorted(report.rows(), sort, dir);
        Html h = new Html();
        form(h, p, by);
        Figures.sliceNote(h, holder);
        h.raw("<p class=\"hint\">Leads that arrived in ").text(period.label()).raw(", by ").text(by)
                .raw("; opportunities and wins are counted whenever they came.</p>");
        h.raw(Charts.chart("sources-chart", "Conversion and value per lead by " + by, chart(rows, by)));
        h.raw("<table class=\"sources\" id=\"sources\"><thead><tr>");
        for (Column c : COLUMNS) {
            String next = c.key().equals(sort) && dir.equals("desc") ? "asc" : "desc";
            String arrow = c.key().equals(sort) ? (dir.equals("asc") ? " ▲" : " ▼") : "";
            h.raw("<th><a id=\"sort-").raw(c.key()).raw("\" href=\"").text("/ui/sources" + p.with("sort", c.key(), "dir", next)).raw("\">").text(c.key().equals("value") ? by : c.header()).text(arrow)
                    .raw("</a></th>");
        }
        h.raw("</tr></thead><tbody>");
        rows.forEach(r -> row(h, r, ""));
        row(h, report.total(), "total");
        h.raw("</tbody></table>");
        h.raw("<dl class=\"definitions\">");
        report.definitions().forEach((k, v) -> h.raw("<dt>").text(k).raw("</dt><dd>").text(v).raw("</dd>"));
        h.raw("</dl>");
        return Layout.page("Sources", holder, "/ui/sources", h.toString());
    }

    static Range period(String text) {
        if (text == null) {
            return Range.ALL;
        }
        try {
            return Range.period(text);
        } catch (IllegalArgumentException e) {
            throw new WebFailure(400, "period: " + e.getMessage() + ".");
        }
    }

    static List<Row> sorted(List<Row> rows, String sort, String dir) {
        Comparator<Row> order = COLUMNS.stream().filter(c -> c.key().equals(sort)).findFirst().orElseThrow().order();
        order = dir.equals("asc") ? order : order.reversed();
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(order.thenComparing(Row::value));
        return sorted;
    }

    /** Empty figures (no won lead, no lead) sort after every figure, whichever way. */
    private static <T extends Comparable<T>> Comparator<Row> nullsLast(Function<Row, T> figure) {
        return (a, b) -> {
            T x = figure.apply(a);
            T y = figure.apply(b);
            return x == null ? (y == null ? 0 : -1) : y == null ? 1 : x.compareTo(y);
        };
    }

    private static void row(Html h, Row r, String css) {
        h.raw("<tr").raw(css.isEmpty() ? "" : " class=\"" + css + "\"").raw(">");
        COLUMNS.forEach(c -> h.raw("<td>").raw(c.cell().apply(r)).raw("</td>"));
        h.raw("</tr>");
    }

    private static void form(Html h, PageParams p, String by) {
        h.raw("<form method=\"get\" class=\"inline\" id=\"sources-form\"><label>Period <input name=\"period\" size=\"8\" "
                + "placeholder=\"2027-Q1\" value=\"").text(p.text("period") == null ? "" : p.text("period"))
                .raw("\"></label><label>By <select name=\"by\">");
        for (String g : GROUPS) {
            h.raw("<option").raw(g.equals(by) ? " selected" : "").raw(">").text(g).raw("</option>");
        }
        h.raw("</select></label><button type=\"submit\">Show</button></form>");
    }

    private static Map<String, Object> chart(List<Row> rows, String by) {
        List<String> names = rows.stream().map(Row::value).toList();
        List<Object> conversion = rows.stream().map(r -> (Object) (r.conversionRate() == null ? "-"
                : Math.round(r.conversionRate() * 1000) / 10.0)).toList();
        List<Object> perLead = rows.stream().map(r -> (Object) (r.valuePerLead() == null ? "-"
                : r.valuePerLead().setScale(0, java.math.RoundingMode.HALF_UP))).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of("conversion %", "value per lead")));
        option.put("xAxis", Map.of("type", "category", "data", names, "name", by));
        option.put("yAxis", List.of(Map.of("type", "value", "name", "%"), Map.of("type", "value", "name", "per lead")));
        option.put("series", List.of(Map.of("name", "conversion %", "type", "bar", "data", conversion),
                Map.of("name", "value per lead", "type", "bar", "yAxisIndex", 1, "data", perLead)));
        return option;
    }

}
