package org.leadpact.app.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadpact.app.view.LeadReport;
import org.leadpact.sla.ComplianceReport;

/** The compliance report as JSON (the API's answer and {@code sla report --format json}). */
public final class ComplianceView {
    private ComplianceView() {
    }

    public static Map<String, Object> of(ComplianceReport r) {
        ComplianceReport.Scoreboard s = r.scoreboard();
        return LeadReport.ordered("period", r.period(), "from", text(r.from()), "until", text(r.until()),
                "at", text(r.at()), "agreementVersion", r.agreementVersion(), "by", r.by(),
                "scoreboard", LeadReport.ordered(
                        "sales", LeadReport.ordered("clocksMetShare", s.salesClocksMetShare(),
                                "firstFollowUpMedianMinutes", s.firstFollowUpMedianMinutes(), "breaches", s.salesBreaches()),
                        "marketing", LeadReport.ordered("deliveredWithinTargetShare", s.deliveredWithinTargetShare(),
                                "acceptedShare", s.acceptedShare(), "quotaPeriodsMet", s.quotaPeriodsMet(),
                                "quotaPeriods", s.quotaPeriods(), "notMeetingDefinition", s.notMeetingDefinition())),
                "sales", r.sales().stream().map(ComplianceView::line).toList(),
                "marketing", marketing(r.marketing()),
                "definitions", new java.util.TreeMap<>(r.definitions()),
                "notes", ComplianceReports.NOTES);
    }

    private static Map<String, Object> line(ComplianceReport.SalesLine l) {
        return LeadReport.ordered("group", l.group(), "met", l.met(), "breached", l.breached(), "open", l.open(),
                "metShare", l.metShare(), "firstFollowUpMedianMinutes", l.firstFollowUpMedianMinutes(),
                "firstFollowUpP90Minutes", l.firstFollowUpP90Minutes(),
                "touchesPerLead", new java.util.TreeMap<>(l.touchesPerLead()),
                "breaches", l.breaches().stream().map(b -> LeadReport.ordered("leadId", b.leadId(), "clock", b.clock(),
                        "kind", b.kind().code(), "rep", b.rep(), "dueAt", text(b.dueAt()), "clause", b.clause())).toList());
    }

    private static Map<String, Object> marketing(ComplianceReport.MarketingSide m) {
        return LeadReport.ordered("delivered", m.delivered(), "deliveredWithinTarget", m.deliveredWithinTarget(),
                "withinTargetShare", m.withinTargetShare(), "dispositioned", m.dispositioned(), "accepted", m.accepted(),
                "acceptedShare", m.acceptedShare(), "notMeetingDefinition", m.notMeetingDefinition(),
                "quota", m.quota().stream().map(q -> LeadReport.ordered("period", q.period(), "delivered", q.delivered(),
                        "quota", q.quota(), "met", q.met())).toList());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    /** One row per rep or team for a table or CSV: the sales figures, then marketing's totals once. */
    public static List<List<String>> rows(ComplianceReport r) {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(r.by(), "met", "breached", "open", "met share", "first follow-up median (business min)",
                "first follow-up p90 (business min)", "touches per lead 0/1/2/3/4/5/6+", "breached leads"));
        for (ComplianceReport.SalesLine l : r.sales()) {
            rows.add(List.of(l.group(), String.valueOf(l.met()), String.valueOf(l.breached()), String.valueOf(l.open()),
                    pct(l.metShare()), text(l.firstFollowUpMedianMinutes()), text(l.firstFollowUpP90Minutes()),
                    String.join("/", List.of("0", "1", "2", "3", "4", "5", "6+").stream()
                            .map(k -> String.valueOf(l.touchesPerLead().get(k))).toList()),
                    String.join(" ", l.breaches().stream().map(ComplianceReport.Breach::clock).toList())));
        }
        return rows;
    }

    /** A share as a percentage with one decimal, or - when there is nothing to divide. */
    public static String pct(Double share) {
        return share == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String text(Long minutes) {
        return minutes == null ? "-" : String.valueOf(minutes);
    }
}
