package org.leadpact.backtest;

/**
 * One lead re-decided under both agreements: when it would have qualified under each (for any
 * threshold), what sales really made of it, how many events were replayed, and, when the two
 * agreements disagree about it in the period, the change and the clause responsible.
 */
public record LeadResult(String leadId, QualificationCurve baseline, QualificationCurve proposed, SalesRecord sales,
                         int events, Change change) {
}
