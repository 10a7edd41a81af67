package org.leadpact.app.view;

import static org.leadpact.app.view.LeadReport.ordered;

import java.util.List;
import java.util.Map;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.backtest.Change;
import org.leadpact.backtest.Rate;

/** A back-test report as JSON (the API and {@code --format json}); {@link BacktestTable} prints it for people. */
public final class BacktestView {
    private BacktestView() {
    }

    public static Map<String, Object> toJson(BacktestReport r) {
        return ordered("period", ordered("from", r.period().from(), "to", r.period().to()),
                "baseline", side(r.baseline()), "proposed", side(r.proposed()),
                "leads", r.leads(), "events", r.events(),
                "months", r.months().stream().map(BacktestView::month).toList(),
                "changesByClause", ordered("added", r.addedByClause(), "dropped", r.droppedByClause()),
                "outcomes", outcomes(r.outcomes()),
                "recycles", recycles(r.recycles()),
                "handOffs", ordered("perRep", r.handOffs().perRep(), "routingReplayed", r.handOffs().routingReplayed(),
                        "note", r.handOffs().note(), "baseline", routed(r.handOffs().baseline()),
                        "proposed", routed(r.handOffs().proposed())),
                "pipeline", ordered("definition", r.pipeline().definition(), "averageWonValue",
                        r.pipeline().averageWonValue(), "wonDeals", r.pipeline().wonDeals(),
                        "baseline", r.pipeline().baseline(), "proposed", r.pipeline().proposed()),
                "thresholdAdvice", ordered("recommended", r.thresholdAdvice().recommended(),
                        "reason", r.thresholdAdvice().reason(),
                        "curve", r.thresholdAdvice().curve().stream().map(p -> ordered("threshold", p.threshold(),
                                "mqls", p.mqls(), "mqlsPerMonth", p.mqlsPerMonth(), "meetsQuota", p.meetsQuota(),
                                "opportunityRate", rate(p.opportunityRate()))).toList()),
                "notes", r.notes());
    }

    private static Map<String, Object> side(BacktestReport.Side s) {
        return ordered("version", s.version(), "name", s.name(), "threshold", s.threshold(),
                "quotaPerMonth", s.quotaPerMonth());
    }

    private static Map<String, Object> month(BacktestReport.Month m) {
        return ordered("month", m.month().toString(), "days", m.days(),
                "baseline", ordered("mqls", m.baselineMqls(), "again", m.baselineAgain(),
                        "meetsQuota", m.baselineMeetsQuota()),
                "proposed", ordered("mqls", m.proposedMqls(), "again", m.proposedAgain(),
                        "meetsQuota", m.proposedMeetsQuota()),
                "recordedMqls", m.recordedMqls(), "quota", m.quota(), "added", m.added(), "dropped", m.dropped(),
                "addedExamples", examples(m.addedExamples()), "droppedExamples", examples(m.droppedExamples()));
    }

    private static List<Map<String, Object>> examples(List<Change> changes) {
        return changes.stream().map(c -> ordered("lead", c.leadId(), "at", c.at(), "clause", c.clause(),
                "why", c.why())).toList();
    }

    private static Map<String, Object> outcomes(BacktestReport.Outcomes o) {
        return ordered("reachedSales", o.reachedSales(), "judged", o.judged(), "converted", o.converted(),
                "won", o.won(), "trashed", o.trashed(), "recycled", o.recycled(), "open", o.open(),
                "baseline", judgement(o.baseline()), "proposed", judgement(o.proposed()));
    }

    private static Map<String, Object> recycles(BacktestReport.Recycles r) {
        return ordered("recorded", r.recorded(), "baseline", recycleSide(r.baseline()),
                "proposed", recycleSide(r.proposed()), "cameBack", r.cameBack(), "judged", r.judged(),
                "converted", r.converted(), "baselineJudgement", judgement(r.baselineJudgement()),
                "proposedJudgement", judgement(r.proposedJudgement()));
    }

    private static Map<String, Object> recycleSide(BacktestReport.RecycleSide s) {
        return ordered("applied", s.applied(), "refused", s.refused(), "qualifiedAgain", s.qualifiedAgain());
    }

    private static Map<String, Object> routed(BacktestReport.Routed r) {
        return r == null ? null : ordered("assigned", r.assigned(), "unrouted", r.unrouted(), "perRep", r.perRep(),
                "byClause", r.byClause());
    }

    private static Map<String, Object> judgement(BacktestReport.Judgement j) {
        return ordered("qualified", j.qualified(), "precision", rate(j.precision()), "recall", rate(j.recall()));
    }

    static Map<String, Object> rate(Rate r) {
        return ordered("successes", r.successes(), "n", r.n(), "value", r.value(), "low", r.low(), "high", r.high());
    }
}
