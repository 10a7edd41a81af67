package org.leadpact.backtest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the back-test found. Every figure says what it rests on: rates carry their counts and a 95%
 * interval, and {@code notes} say what the replay does not know.
 */
public record BacktestReport(BacktestPeriod period, Side baseline, Side proposed, int leads, long events,
                             List<Month> months, Outcomes outcomes, Map<String, Integer> addedByClause,
                             Map<String, Integer> droppedByClause, Recycles recycles, HandOffs handOffs,
                             Pipeline pipeline, ThresholdAdvice thresholdAdvice, List<String> notes) {

    /** One agreement: version, name, the score threshold, the monthly quota (null: none). */
    public record Side(String version, String name, int threshold, Double quotaPerMonth) {
    }

    /**
     * One month: MQLs under each agreement (every qualification: a lead's first, and again after a
     * replayed recycle; {@code baselineAgain} and {@code proposedAgain} are the latter), the MQLs the
     * live engine recorded, leads added and dropped by the proposal (first qualifications, with
     * examples), the quota for the days of the month in the period and whether each agreement meets it.
     */
    public record Month(YearMonth month, int days, int baselineMqls, int proposedMqls, int recordedMqls, int added,
                        int dropped, List<Change> addedExamples, List<Change> droppedExamples, Double quota,
                        Boolean baselineMeetsQuota, Boolean proposedMeetsQuota, int baselineAgain,
                        int proposedAgain) {
    }

    /**
     * Recycles replayed: the recycles the log records in the period; under each agreement, how many
     * recorded recycles (of leads it had with sales) it applied and refused, and its qualifications
     * again in the period. {@code cameBack}: recycled leads handed to sales again in the period and
     * what sales made of that hand-off; each agreement judged on them as in {@link Outcomes}.
     */
    public record Recycles(int recorded, RecycleSide baseline, RecycleSide proposed, int cameBack, int judged,
                           int converted, Judgement baselineJudgement, Judgement proposedJudgement) {
    }

    /** One agreement's recycles: applied, refused by its {@code recycling} clause, and qualifications again in the period. */
    public record RecycleSide(int applied, int refused, int qualifiedAgain) {
    }

    /**
     * Leads handed to sales in the period and what sales made of them by its end; how each
     * definition would have treated those sales judged (opportunity or won vs. trashed or recycled).
     */
    public record Outcomes(int reachedSales, int judged, int converted, int won, int trashed, int recycled, int open,
                           Judgement baseline, Judgement proposed) {
    }

    /**
     * Of the judged leads: how many the definition qualifies (by the period's end); precision = the
     * share of those that converted; recall = the share of converted leads it qualifies.
     */
    public record Judgement(int qualified, Rate precision, Rate recall) {
    }

    /**
     * Hand-offs per rep in the period: as they happened, and, when {@code routingReplayed}, as each
     * agreement's routing clause would have made them (null otherwise).
     */
    public record HandOffs(Map<String, Integer> perRep, boolean routingReplayed, String note, Routed baseline,
                           Routed proposed) {
    }

    /** One agreement's routing replayed: assignments per rep and per clause in the period, and qualifications no one could take. */
    public record Routed(Map<String, Integer> perRep, Map<String, Integer> byClause, int unrouted) {
        public int assigned() {
            return perRep.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Expected pipeline value of each agreement's MQLs in the period, and what it is made of. */
    public record Pipeline(String definition, BigDecimal averageWonValue, int wonDeals, BigDecimal baseline,
                           BigDecimal proposed) {
    }

    /** The proposed agreement's threshold moved: MQL volume against opportunity rate, and the advice. */
    public record ThresholdAdvice(List<ThresholdPoint> curve, Integer recommended, String reason) {
    }

    public record ThresholdPoint(int threshold, int mqls, double mqlsPerMonth, boolean meetsQuota,
                                 Rate opportunityRate) {
    }
}
