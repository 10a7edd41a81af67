package org.leadpact.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.qualification.Qualifier;

/** Marketing's side of the scoreboard: deliveries against quota, speed, acceptance, and leads that should not have gone. */
final class MarketingScore {
    private MarketingScore() {
    }

    static ComplianceReport.MarketingSide of(List<Compliance.Judged> judged, Agreement agreement, ReportPeriod period,
                                             ZoneId zone, Instant from, Instant until) {
        List<Instant> deliveries = new ArrayList<>();
        int withinTarget = 0;
        for (Compliance.Judged j : judged) {
            for (Clock c : j.clocks()) {
                if (c.kind() == ClockKind.MARKETING_DELIVERY && c.stoppedAt() != null && in(c.stoppedAt(), from, until)) {
                    deliveries.add(c.stoppedAt());
                    withinTarget += c.status() == ClockStatus.MET ? 1 : 0;
                }
            }
        }
        Qualifier qualifier = new Qualifier(agreement);
        int dispositioned = 0;
        int accepted = 0;
        List<String> notMeeting = new ArrayList<>();
        for (Compliance.Judged j : judged) {
            List<LeadEvent> history = j.lead().history();
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i) instanceof StageChanged s && s.to() == Stage.HANDED_OFF && in(s.at(), from, until)) {
                    Stage next = nextStage(history, i);
                    dispositioned += next == null ? 0 : 1;
                    accepted += next == Stage.SAL || next == Stage.OPPORTUNITY ? 1 : 0;
                    if (!qualifier.assess(j.lead().asOf(s.at()), s.at()).qualified()) {
                        notMeeting.add(j.lead().id());
                    }
                }
            }
        }
        return new ComplianceReport.MarketingSide(quota(deliveries, agreement, period, zone), deliveries.size(),
                withinTarget, Compliance.share(withinTarget, deliveries.size()), dispositioned, accepted,
                Compliance.share(accepted, dispositioned), notMeeting.stream().distinct().toList());
    }

    private static List<ComplianceReport.QuotaBucket> quota(List<Instant> deliveries, Agreement agreement,
                                                            ReportPeriod period, ZoneId zone) {
        int quota = agreement.marketingSla().quota();
        return period.buckets(agreement.marketingSla().quotaPeriod()).stream().map(b -> {
            Instant start = b.from().atStartOfDay(zone).toInstant();
            Instant end = b.until().atStartOfDay(zone).toInstant();
            int n = (int) deliveries.stream().filter(d -> in(d, start, end)).count();
            return new ComplianceReport.QuotaBucket(b.label(), n, quota, n >= quota);
        }).toList();
    }

    private static Stage nextStage(List<LeadEvent> history, int after) {
        for (int i = after + 1; i < history.size(); i++) {
            if (history.get(i) instanceof StageChanged s) {
                return s.to();
            }
        }
        return null;
    }

    private static boolean in(Instant at, Instant from, Instant until) {
        return !at.isBefore(from) && at.isBefore(until);
    }
}
