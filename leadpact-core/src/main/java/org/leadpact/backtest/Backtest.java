package org.leadpact.backtest;

import java.util.Collection;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Qualifier;

/**
 * A proposed agreement against a baseline over one period. {@link #replay} re-decides one lead from
 * its log; {@link #report} sums the leads up. Immutable, so any number of threads may replay leads
 * at once (each lead's running assessments stay with that lead).
 *
 * <p>A lead's decision points are its marketing inputs (attribute changes and activities, in log
 * order, up to the period's end), as in the live engine, which checks qualification after each.
 * Both agreements see the same inputs; recycles are not replayed (each lead counts once, at the
 * first instant it meets a definition); sales' actions are read as outcomes, not replayed.
 */
public final class Backtest {
    private final Agreement baseline;
    private final Agreement proposed;
    private final BacktestPeriod period;
    private final Qualifier baselineQualifier;
    private final Qualifier proposedQualifier;

    public Backtest(Agreement baseline, Agreement proposed, BacktestPeriod period) {
        this.baseline = baseline;
        this.proposed = proposed;
        this.period = period;
        this.baselineQualifier = new Qualifier(baseline);
        this.proposedQualifier = new Qualifier(proposed);
    }

    public Agreement baseline() {
        return baseline;
    }

    public Agreement proposed() {
        return proposed;
    }

    public BacktestPeriod period() {
        return period;
    }

    /** One lead, from its whole log (events after the period's end are not replayed). */
    public LeadResult replay(String leadId, List<? extends LeadEvent> log) {
        LeadState state = LeadState.empty(leadId);
        QualificationCurve.Tracer base = new QualificationCurve.Tracer(baselineQualifier);
        QualificationCurve.Tracer prop = new QualificationCurve.Tracer(proposedQualifier);
        SalesRecord.Reader sales = new SalesRecord.Reader(period);
        int replayed = 0;
        for (LeadEvent event : log) {
            sales.read(event);
            if (!event.at().isBefore(period.end())
                    || !(event instanceof AttributesChanged || event instanceof ActivityRecorded)) {
                continue;
            }
            state = state.apply(event);
            replayed++;
            base.decide(state, event.at());
            prop.decide(state, event.at());
        }
        QualificationCurve b = base.curve();
        QualificationCurve p = prop.curve();
        return new LeadResult(leadId, b, p, sales.record(), replayed, change(leadId, base, prop));
    }

    /** When exactly one agreement qualifies the lead in the period: which, when, and the clause responsible. */
    private Change change(String leadId, QualificationCurve.Tracer base, QualificationCurve.Tracer prop) {
        QualificationCurve.Point byBaseline = base.curve().firstQualified(baseline.scoring().threshold());
        QualificationCurve.Point byProposed = prop.curve().firstQualified(proposed.scoring().threshold());
        boolean inBaseline = byBaseline != null && period.contains(byBaseline.at());
        boolean inProposed = byProposed != null && period.contains(byProposed.at());
        if (inBaseline == inProposed) {
            return null;
        }
        QualificationCurve.Point at = inProposed ? byProposed : byBaseline;
        LeadState then = inProposed ? prop.stateAt(at) : base.stateAt(at);
        Qualification underBaseline = baselineQualifier.assessFully(then, at.at());
        Qualification underProposed = proposedQualifier.assessFully(then, at.at());
        return inProposed ? Blame.of(Change.Kind.ADDED, leadId, underProposed, underBaseline)
                : Blame.of(Change.Kind.DROPPED, leadId, underBaseline, underProposed);
    }

    /** Every replayed lead summed up: months, outcomes, threshold advice, pipeline. */
    public BacktestReport report(Collection<LeadResult> leads) {
        return new ReportBuilder(this, leads).build();
    }
}
