package org.leadpact.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.leadpact.app.sla.ComplianceView;
import org.leadpact.sla.ComplianceReport;

/** The compliance report for a terminal: the scoreboard, sales by rep or team, marketing, and the definitions. */
final class ComplianceTable {
    private ComplianceTable() {
    }

    static void print(ComplianceReport r, PrintWriter out) {
        ComplianceReport.Scoreboard s = r.scoreboard();
        out.printf(Locale.ROOT, "SLA compliance %s (%s to %s), agreement %s%n%n", r.period(), r.from(), r.until(),
                r.agreementVersion());
        out.printf(Locale.ROOT, "%-42s %s%n", "SALES", "MARKETING");
        out.printf(Locale.ROOT, "%-42s %s%n", "clocks met: " + ComplianceView.pct(s.salesClocksMetShare()),
                "handed off within target: " + ComplianceView.pct(s.deliveredWithinTargetShare()));
        out.printf(Locale.ROOT, "%-42s %s%n", "first follow-up median: " + minutes(s.firstFollowUpMedianMinutes()),
                "accepted by sales: " + ComplianceView.pct(s.acceptedShare()));
        out.printf(Locale.ROOT, "%-42s %s%n", "breaches: " + s.salesBreaches(),
                "quota met: " + s.quotaPeriodsMet() + " of " + s.quotaPeriods() + " period(s)");
        out.printf(Locale.ROOT, "%-42s %s%n%n", "", "passed not meeting definition: " + s.notMeetingDefinition());
        List<List<String>> rows = ComplianceView.rows(r);
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Math.min(40, row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        for (ComplianceReport.QuotaBucket q : r.marketing().quota()) {
            out.printf(Locale.ROOT, "delivered %s: %d of quota %d%s%n", q.period(), q.delivered(), q.quota(),
                    q.met() ? "" : " (short)");
        }
        out.println();
        r.definitions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(d -> out.println(d.getKey() + ": " + d.getValue()));
    }

    private static String minutes(Long m) {
        return m == null ? "-" : m + " business min";
    }
}
