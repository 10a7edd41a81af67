package org.leadpact.backtest;

import java.util.Collection;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Qualifier;
import org.leadpact.routing.Directory;

/**
 * A proposed agreement against a baseline over one period. {@link #replay} re-decides one lead from
 * its log; {@link #report} sums the leads up. Immutable, so any number of threads may replay leads
 * at once (each lead's running assessments stay with that lead).
 *
 * <p>A lead's decision points are its marketing inputs (attribute changes and activities, in log
 * order, up to the period's end), as in the live engine, which checks qualification after each.
 * Both agreements see the same inputs. Sales' actions are read as outcomes, not replayed; their
 * recycles are replayed under each agreement's recycling clause (see {@link Rounds}), so a recycled
 * lead may qualify again. With a {@link Directory} that has reps, every qualification is routed
 * afresh under each agreement's routing clause ({@link RoutingReplay}).
 */
public final class Backtest {
    private final Agreement baseline;
    private final Agreement proposed;
    private final BacktestPeriod period;
    private final Qualifier baselineQualifier;
    private final Qualifier proposedQualifier;
    // Separate qualifiers for the rounds after a recycle: running scores are memoised per qualifier and lead line.
    private final Qualifier baselineAgain;
    private final Qualifier proposedAgain;
    private final Directory directory;

    /** Without routing: hand-offs are reported as they happened. */
    public Backtest(Agreement baseline, Agreement proposed, BacktestPeriod period) {
        this(baseline, proposed, period, Directory.EMPTY);
    }

    /** @param directory the reps and teams to route to (the directory as it stands); without reps, routing is not replayed */
    public Backtest(Agreement baseline, Agreement proposed, BacktestPeriod period, Directory directory) {
        this.baseline = baseline;
        this.proposed = proposed;
        this.period = period;
        this.baselineQualifier = new Qualifier(baseline);
        this.proposedQualifier = new Qualifier(proposed);
        this.baselineAgain = new Qualifier(baseline);
        this.proposedAgain = new Qualifier(proposed);
        this.directory = directory;
    }

    public Directory directory() {
        return directory;
    }

    /** Whether qualifications are routed afresh (the directory has reps). */
    public boolean routes() {
        return !directory.reps().isEmpty();
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
        Rounds baseRounds = new Rounds(baseline, baselineAgain);
        Rounds propRounds = new Rounds(proposed, proposedAgain);
        SalesRecord.Reader sales = new SalesRecord.Reader(period);
        int replayed = 0;
        for (LeadEvent event : log) {
            sales.read(event);
            if (!event.at().isBefore(period.end())) {
                continue;
            }
            if (event instanceof StageChanged s && s.to() == Stage.NURTURE) {
                baseRounds.recycled(s, qualifiedBy(base, baseline, s), state);
                propRounds.recycled(s, qualifiedBy(prop, proposed, s), state);
            }
            if (!(event instanceof AttributesChanged || event instanceof ActivityRecorded)) {
                continue;
            }
            state = state.apply(event);
            replayed++;
            base.decide(state, event.at());
            prop.decide(state, event.at());
            baseRounds.input(event);
            propRounds.input(event);
        }
        SalesRecord record = sales.record();
        return new LeadResult(leadId, base.curve(), prop.curve(), record, replayed, change(leadId, base, prop),
                qualified(leadId, base, baseRounds, baseline, baselineQualifier, record),
                qualified(leadId, prop, propRounds, proposed, proposedQualifier, record),
                new LeadResult.Recycles(baseRounds.applied(), baseRounds.refused(), propRounds.applied(),
                        propRounds.refused()));
    }

    /** Whether the first round has qualified the lead under this agreement by the recycle. */
    private static boolean qualifiedBy(QualificationCurve.Tracer tracer, Agreement a, StageChanged recycle) {
        QualificationCurve.Point first = tracer.curve().firstQualified(a.scoring().threshold());
        return first != null && !first.at().isAfter(recycle.at());
    }

    /** Every qualification under one agreement before the period's end: the first round's, then those after recycles. */
    private List<Qualified> qualified(String leadId, QualificationCurve.Tracer tracer, Rounds rounds, Agreement a,
                                      Qualifier qualifier, SalesRecord record) {
        QualificationCurve.Point first = tracer.curve().firstQualified(a.scoring().threshold());
        if (first == null) {
            return List.of();
        }
        List<Qualified> all = new java.util.ArrayList<>(1 + rounds.again().size());
        all.add(qualification(leadId, 0, tracer.stateAt(first), first.at(), a, qualifier, record));
        for (int round = 1; round <= rounds.again().size(); round++) {
            all.add(qualification(leadId, round, rounds.againState(round), rounds.again().get(round - 1), a,
                    qualifier, record));
        }
        return all;
    }

    private Qualified qualification(String leadId, int round, LeadState then, java.time.Instant at, Agreement a,
                                    Qualifier qualifier, SalesRecord record) {
        // The band costs a full assessment: only when routing is replayed and a rule asks for it.
        String band = routes() && RoutingReplay.usesScoreBand(a.routing())
                ? qualifier.assessFully(then, at).score().band() : null;
        return new Qualified(leadId, at, round, then.attributes(), band, then.lastRecycledAt(),
                record.releasedAfter(at));
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
