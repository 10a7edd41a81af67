package org.leadpact.backtest;

import java.util.List;

/**
 * One lead re-decided under both agreements: when it would have first qualified under each (for
 * any threshold), every qualification at each agreement's own threshold (including those after
 * replayed recycles), what sales really made of it, how many events were replayed, the recorded
 * recycles each agreement applied or refused, and, when the two agreements disagree about its first
 * qualification in the period, the change and the clause responsible.
 */
public record LeadResult(String leadId, QualificationCurve baseline, QualificationCurve proposed, SalesRecord sales,
                         int events, Change change, List<Qualified> baselineQualified,
                         List<Qualified> proposedQualified, Recycles recycles) {

    public LeadResult {
        baselineQualified = List.copyOf(baselineQualified);
        proposedQualified = List.copyOf(proposedQualified);
    }

    /** Recorded recycles of a lead the agreement had with sales: applied (its clause allows the reason) or refused. */
    public record Recycles(int baselineApplied, int baselineRefused, int proposedApplied, int proposedRefused) {
    }
}
