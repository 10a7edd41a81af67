package org.leadpact.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.sla.ComplianceReports;
import org.leadpact.app.sla.SlaContexts;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.reports.LeadFacts;
import org.leadpact.sla.Compliance;
import org.leadpact.sla.ComplianceReport;
import org.leadpact.sla.ReportPeriod;

/**
 * Marketing and sales side by side for this week, month or quarter: what each side promised in the
 * agreement and what it did, every figure from the SLA clocks of the stored leads, each naming the
 * clause that sets its target. A rep sees the figures of their own leads.
 */
final class ScoreboardPage {
    static final List<String> SPANS = List.of("week", "month", "quarter");
    /** All reps' clocks in one group, so the follow-up median and p90 are over every lead, not of reps' medians. */
    private static final String EVERYONE = "everyone";
    private static final int BREACHES_SHOWN = 50;

    private final ComplianceReports compliance;
    private final SlaContexts contexts;
    private final Clock clock;
    private final Scoreboards cache;
    private final Iterable<LeadFacts> facts;

    ScoreboardPage(ComplianceReports compliance, SlaContexts contexts, Iterable<LeadFacts> facts, Clock clock,
                   Scoreboards cache) {
        this.facts = facts;
        this.compliance = compliance;
        this.contexts = contexts;
        this.clock = clock;
        this.cache = cache;
    }

    String show(Context ctx) {
        Holder holder = Session.holder(ctx);
        String span = PageParams.of(ctx, "period").choice("period", "month", SPANS);
        SlaContexts.Judged judged = contexts.active().orElseThrow(() -> new WebFailure(409,
                "No agreement is active: the scoreboard measures both teams against the active agreement."));
        ReportPeriod period = current(span, clock.instant().atZone(judged.context().agreementCalendar().zone())
                .toLocalDate());
        String rep = Figures.repOf(holder);
        ComplianceReport r = cache.get(period.label() + "/" + rep, () -> report(period, rep));
        Html h = new Html();
        switcher(h, span);
        Figures.sliceNote(h, holder);
        h.raw("<p class=\"hint\" id=\"period\">").text(period.label()).raw(": ").text(period.from()).raw(" to ")
                .text(period.until().minusDays(1)).raw(" (").text(judged.context().agreementCalendar().zone())
                .raw("), agreement ").text(r.agreementVersion()).raw("; figures as of ").text(r.at()).raw(".</p>");
        Agreement a = judged.agreement();
        ComplianceReport.SalesLine sales = r.sales().isEmpty() ? null : r.sales().getFirst();
        h.raw("<div class=\"sides\">");
        marketing(h, r.marketing(), a);
        sales(h, sales, a);
        h.raw("</div>");
        breaches(h, sales);
        h.raw(Charts.chart("scoreboard-chart", "Shares met by each side", chart(r, sales)));
        return Layout.page("Scoreboard", holder, "/ui/scoreboard", h.toString());
    }

    private ComplianceReport report(ReportPeriod period, String rep) {
        return compliance.report(period, Compliance.By.TEAM, any -> EVERYONE, (from, until) -> candidates(rep, from, until));
    }

    /** Starts making the whole company's week, month and quarter, so the first look at them does not wait. */
    void warm() {
        contexts.active().ifPresent(judged -> {
            LocalDate today = clock.instant().atZone(judged.context().agreementCalendar().zone()).toLocalDate();
            for (String span : SPANS) {
                ReportPeriod period = current(span, today);
                cache.warm(period.label() + "/" + null, () -> report(period, null));
            }
        });
    }

    /** The leads (a rep's own, or all) that changed stage in the period: the only ones with clocks it counts. */
    private List<String> candidates(String rep, Instant from, Instant until) {
        List<String> ids = new ArrayList<>();
        for (LeadFacts f : facts) {
            if ((rep == null || rep.equals(f.owner())) && f.steppedIn(from.getEpochSecond(), until.getEpochSecond())) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    /** The week, month or quarter (in the agreement calendar) that holds {@code today}. */
    static ReportPeriod current(String span, LocalDate today) {
        return switch (span) {
            case "week" -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d",
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusWeeks(1));
            }
            case "quarter" -> ReportPeriod.parse(today.getYear() + "-Q" + today.get(IsoFields.QUARTER_OF_YEAR));
            default -> ReportPeriod.parse(YearMonth.from(today).toString());
        };
    }

    private static void switcher(Html h, String span) {
        h.raw("<p class=\"switch\" id=\"switch\">");
        for (String s : SPANS) {
            h.raw("<a href=\"/ui/scoreboard?period=").text(s).raw("\"").raw(s.equals(span) ? " class=\"active\"" : "")
                    .raw(">this ").text(s).raw("</a>");
        }
        h.raw("</p>");
    }

    private record Figure(String id, String name, String value, String target, String clause) {
    }

    private static void marketing(Html h, ComplianceReport.MarketingSide m, Agreement a) {
        var sla = a.marketingSla();
        List<Figure> rows = new ArrayList<>();
        rows.add(new Figure("delivered", "Qualified leads delivered", Figures.count(m.delivered()),
                quota(m.quota(), sla.quota(), sla.quotaPeriod().code()), "marketingSla.quota"));
        rows.add(new Figure("within-target", "Handed off within target", Figures.share(m.withinTargetShare())
                + " (" + m.deliveredWithinTarget() + " of " + m.delivered() + ")", "within " + sla.handOffWithin()
                + " of qualifying", "marketingSla.handOffWithin"));
        rows.add(new Figure("accepted", "Accepted by sales", Figures.share(m.acceptedShare()) + " (" + m.accepted()
                + " of " + m.dispositioned() + " with a disposition)", "no target: the agreement's dispositions say "
                + "what counts as accepted", "dispositions"));
        rows.add(new Figure("not-meeting", "Passed not meeting the definition", Figures.count(
                m.notMeetingDefinition().size()), "none", "requiredInformation, scoring.threshold"));
        side(h, "marketing", "Marketing", rows);
    }

    private static String quota(List<ComplianceReport.QuotaBucket> buckets, int quota, String per) {
        StringBuilder s = new StringBuilder(quota + " per " + per);
        for (ComplianceReport.QuotaBucket b : buckets) {
            s.append("; ").append(b.period()).append(": ").append(b.delivered()).append(" of ").append(b.quota())
                    .append(b.met() ? " (met)" : " (not met yet)");
        }
        return s.toString();
    }

    private static void sales(Html h, ComplianceReport.SalesLine s, Agreement a) {
        var sla = a.salesSla();
        List<Figure> rows = new ArrayList<>();
        rows.add(new Figure("sla-met", "SLA clocks met", s == null ? Figures.NONE : Figures.share(s.metShare()) + " ("
                + s.met() + " met, " + s.breached() + " breached, " + s.open() + " running)", "every clock met",
                "salesSla.firstFollowUp.maximum, salesSla.touches.within, salesSla.statusUpdateWithin, "
                        + "salesSla.staleOpportunityAfter"));
        rows.add(new Figure("follow-up-median", "First follow-up, median", Figures.minutes(s == null ? null
                : s.firstFollowUpMedianMinutes()) + " (business)", "target " + sla.firstFollowUpTarget(),
                "salesSla.firstFollowUp.target"));
        rows.add(new Figure("follow-up-p90", "First follow-up, p90", Figures.minutes(s == null ? null
                : s.firstFollowUpP90Minutes()) + " (business)", "at most " + sla.firstFollowUpMaximum(),
                "salesSla.firstFollowUp.maximum"));
        rows.add(new Figure("breaches", "Breaches", s == null ? "0" : Figures.count(s.breached()), "none",
                "salesSla"));
        side(h, "sales", "Sales", rows);
    }

    private static void side(Html h, String id, String title, List<Figure> rows) {
        h.raw("<section class=\"side\" id=\"").raw(id).raw("\"><h2>").text(title).raw("</h2>");
        h.table("figures", List.of("figure", "now", "target", "clause"), rows, f -> List.of(Html.escape(f.name()),
                "<strong id=\"" + id + "-" + f.id() + "\">" + Html.escape(f.value()) + "</strong>",
                Html.escape(f.target()), "<code>" + Html.escape(f.clause()) + "</code>"));
        h.raw("</section>");
    }

    private static void breaches(Html h, ComplianceReport.SalesLine s) {
        List<ComplianceReport.Breach> all = new ArrayList<>(s == null ? List.of() : s.breaches());
        all.sort(Comparator.comparing(ComplianceReport.Breach::dueAt).reversed());
        h.raw("<section id=\"breaches\"><h2>Breaches needing attention</h2>");
        if (all.isEmpty()) {
            h.el("p", "empty", "No clock breached in this period.");
        } else {
            h.el("p", "hint", all.size() > BREACHES_SHOWN ? "The latest " + BREACHES_SHOWN + " of " + all.size() + "."
                    : all.size() + (all.size() == 1 ? " breach." : " breaches."));
            h.table("breaches", List.of("lead", "clock", "rep", "was due", "clause"), all.subList(0,
                    Math.min(BREACHES_SHOWN, all.size())), b -> List.of(
                    "<a href=\"/ui/leads/" + Html.escape(b.leadId()) + "\">" + Html.escape(b.leadId()) + "</a>",
                    Html.escape(b.kind().code()), Html.escape(b.rep()), Html.escape(b.dueAt()),
                    "<code>" + Html.escape(b.clause()) + "</code>"));
        }
        h.raw("</section>");
    }

    private static Map<String, Object> chart(ComplianceReport r, ComplianceReport.SalesLine s) {
        List<String> names = List.of("handed off within target", "accepted by sales", "sales clocks met");
        List<Object> values = new ArrayList<>();
        values.add(percent(r.marketing().withinTargetShare()));
        values.add(percent(r.marketing().acceptedShare()));
        values.add(percent(s == null ? null : s.metShare()));
        return Map.of("tooltip", Map.of(), "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value", "max", 100, "name", "%"),
                "series", List.of(Map.of("type", "bar", "data", values)));
    }

    private static Object percent(Double share) {
        return share == null ? "-" : Math.round(share * 1000) / 10.0;
    }
}
