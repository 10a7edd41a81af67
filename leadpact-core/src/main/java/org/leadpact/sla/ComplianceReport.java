package org.leadpact.sla;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Both sides of the agreement measured over one period: each rep's (or team's) clocks, marketing's
 * deliveries against quota, and the two side by side. Shares are null when there is nothing to divide.
 */
public record ComplianceReport(String period, Instant from, Instant until, Instant at, String agreementVersion,
                               String by, List<SalesLine> sales, MarketingSide marketing, Scoreboard scoreboard,
                               Map<String, String> definitions) {
    public ComplianceReport {
        sales = List.copyOf(sales);
        definitions = Map.copyOf(definitions);
    }

    /** One rep's (or team's) sales clocks that started in the period. */
    public record SalesLine(String group, int met, int breached, int open, Double metShare,
                            Long firstFollowUpMedianMinutes, Long firstFollowUpP90Minutes,
                            Map<String, Integer> touchesPerLead, List<Breach> breaches) {
        public SalesLine {
            touchesPerLead = Map.copyOf(touchesPerLead);
            breaches = List.copyOf(breaches);
        }
    }

    public record Breach(String leadId, String clock, ClockKind kind, String rep, Instant dueAt, String clause) {
    }

    /** Qualified leads handed to sales in one quota period, against the quota. */
    public record QuotaBucket(String period, int delivered, int quota, boolean met) {
    }

    public record MarketingSide(List<QuotaBucket> quota, int delivered, int deliveredWithinTarget, Double withinTargetShare,
                                int dispositioned, int accepted, Double acceptedShare, List<String> notMeetingDefinition) {
        public MarketingSide {
            quota = List.copyOf(quota);
            notMeetingDefinition = List.copyOf(notMeetingDefinition);
        }
    }

    /** The two-sided scoreboard: what sales promised next to what marketing promised. */
    public record Scoreboard(Double salesClocksMetShare, Long firstFollowUpMedianMinutes, int salesBreaches,
                             Double deliveredWithinTargetShare, Double acceptedShare, int quotaPeriodsMet,
                             int quotaPeriods, int notMeetingDefinition) {
    }
}
