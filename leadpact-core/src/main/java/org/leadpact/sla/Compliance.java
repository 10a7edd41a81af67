package org.leadpact.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.leadpact.agreement.Agreement;
import org.leadpact.lead.Activity;
import org.leadpact.lead.LeadState;

/**
 * Computes a {@link ComplianceReport} from leads' histories, purely: every figure comes from the same
 * clocks {@link Clocks} derives, so the report and a lead's own clocks always agree.
 */
public final class Compliance {
    /** Clocks that measure sales' promises; the minimum working time is a guard and measures nobody. */
    static final Set<ClockKind> SALES = Set.of(ClockKind.FIRST_FOLLOW_UP, ClockKind.TOUCH_CADENCE,
            ClockKind.STATUS_UPDATE, ClockKind.STALE_OPPORTUNITY);
    static final String NO_TEAM = "(no team)";
    static final String UNASSIGNED = "(unassigned)";

    public enum By { REP, TEAM }

    private Compliance() {
    }

    /** A lead and its clocks now. */
    record Judged(LeadState lead, List<Clock> clocks) {
    }

    public static ComplianceReport of(List<LeadState> leads, Agreement agreement, SlaContext context,
                                      ReportPeriod period, Instant now, By by, Function<String, String> teamOf) {
        ZoneId zone = context.agreementCalendar().zone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant until = period.until().atStartOfDay(zone).toInstant();
        List<Judged> judged = leads.stream().map(l -> new Judged(l, Clocks.of(l, agreement, context, now))).toList();
        Map<String, SalesTally> groups = new TreeMap<>();
        for (Judged j : judged) {
            for (Clock c : j.clocks()) {
                if (SALES.contains(c.kind()) && !c.startedAt().isBefore(from) && c.startedAt().isBefore(until)) {
                    String rep = c.owner() == null ? UNASSIGNED : c.owner();
                    String group = by == By.REP ? rep : java.util.Objects.requireNonNullElse(teamOf.apply(rep), NO_TEAM);
                    groups.computeIfAbsent(group, g -> new SalesTally()).add(j, c, context, now);
                }
            }
        }
        List<ComplianceReport.SalesLine> lines = groups.entrySet().stream().map(e -> e.getValue().line(e.getKey())).toList();
        ComplianceReport.MarketingSide marketing = MarketingScore.of(judged, agreement, period, zone, from, until);
        return new ComplianceReport(period.label(), from, until, now, agreement.version(), by.name().toLowerCase(
                java.util.Locale.ROOT), lines, marketing, scoreboard(lines, marketing), definitions(agreement));
    }

    private static ComplianceReport.Scoreboard scoreboard(List<ComplianceReport.SalesLine> lines,
                                                          ComplianceReport.MarketingSide m) {
        int met = lines.stream().mapToInt(ComplianceReport.SalesLine::met).sum();
        int breached = lines.stream().mapToInt(ComplianceReport.SalesLine::breached).sum();
        List<Long> medians = lines.stream().map(ComplianceReport.SalesLine::firstFollowUpMedianMinutes)
                .filter(java.util.Objects::nonNull).sorted().toList();
        return new ComplianceReport.Scoreboard(share(met, met + breached), Stats.rank(medians, 50), breached,
                m.withinTargetShare(), m.acceptedShare(), (int) m.quota().stream().filter(ComplianceReport.QuotaBucket::met)
                .count(), m.quota().size(), m.notMeetingDefinition().size());
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    static int touchesIn(LeadState lead, Instant from, Instant until) {
        int n = 0;
        for (Activity a : lead.activities()) {
            n += a.type().isSalesTouch() && !a.at().isBefore(from) && a.at().isBefore(until) ? 1 : 0;
        }
        return n;
    }

    private static Map<String, String> definitions(Agreement a) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("period", "clocks that started in the period (hand-offs for sales, qualifications for marketing); "
                + "days in the agreement calendar's time zone " + a.calendar().timeZone().getId());
        d.put("metShare", "met ÷ (met + breached) of the sales clocks (first follow-up, touch cadence, status update, "
                + "stale opportunity) that started in the period; running, paused and cancelled clocks are not counted");
        d.put("firstFollowUpMinutes", "business minutes from hand-off to the rep's first logged touch, on the rep's "
                + "calendar; median and 90th percentile (nearest rank) of the leads touched so far");
        d.put("touchesPerLead", "sales touches (calls, e-mails, meetings) logged on each lead from its hand-off until "
                + "its next hand-off or now; 6+ groups six and more");
        d.put("delivered", "qualified leads handed to sales in the period (" + "marketingSla.quota: "
                + a.marketingSla().quota() + " per " + a.marketingSla().quotaPeriod().code() + ")");
        d.put("withinTargetShare", "share of those handed off within marketingSla.handOffWithin ("
                + a.marketingSla().handOffWithin() + ") of qualifying");
        d.put("acceptedShare", "of the leads handed off in the period that got a disposition, the share sales accepted "
                + "(sal or opportunity) rather than recycled or trashed");
        d.put("notMeetingDefinition", "leads handed off in the period that, as they stood at the hand-off, did not meet "
                + "the agreement's qualified-lead definition (should be none)");
        return d;
    }
}
