package org.leadpact.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Qualifier;

/**
 * A lead's qualifications under one agreement after recycles. The log's recycles are sales'
 * decisions, so they are read, not invented: a recorded recycle applies under an agreement when,
 * under it, the lead is with sales at that instant (it qualified and was not recycled since) and
 * its {@code recycling} clause allows the reason. The lead then goes back to nurture there, only
 * engagement after the recycle counts, and it may qualify again (as the live engine decides).
 * The first round is the {@link QualificationCurve}'s; this follows the rounds after it. One lead
 * only; not for concurrent use.
 */
final class Rounds {
    private final Agreement agreement;
    private final Qualifier qualifier;
    /** The lead's own state under this agreement from its first applied recycle; null before. */
    private LeadState own;
    private Instant recycledAt;
    private final List<Instant> again = new ArrayList<>();
    private final List<LeadState> againStates = new ArrayList<>();
    private int applied;
    private int refused;

    /** @param qualifier this agreement's, used for no other lead state (running scores are memoised per qualifier) */
    Rounds(Agreement agreement, Qualifier qualifier) {
        this.agreement = agreement;
        this.qualifier = qualifier;
    }

    /**
     * A recorded recycle. {@code firstQualified}: whether the first round qualified the lead by then;
     * {@code marketing}: the lead's marketing-only state at that instant (before any replayed recycle).
     */
    void recycled(StageChanged recycle, boolean firstQualified, LeadState marketing) {
        boolean withSales = own == null ? firstQualified : own.stage() == Stage.MQL;
        if (!withSales) {
            return;
        }
        if (!agreement.recycling().allows(reason(recycle))) {
            refused++;
            return;
        }
        applied++;
        recycledAt = recycle.at();
        own = (own == null ? marketing : own).apply(new StageChanged(recycle.at(), Stage.MQL, Stage.NURTURE,
                recycle.transition(), recycle.actor(), recycle.reason(), agreement.version(), "recycling", null));
    }

    /** One more marketing input, already applied to the lead's marketing-only state. */
    void input(LeadEvent event) {
        if (own == null) {
            return;
        }
        own = own.apply(event);
        if (!own.stage().withMarketing()) {
            return;
        }
        Qualification q = qualifier.assess(own, event.at());
        if (q.qualified()) {
            again.add(event.at());
            againStates.add(own);
            own = own.apply(new StageChanged(event.at(), own.stage(), Stage.MQL, "qualify", LeadEngine.SYSTEM,
                    q.summary(), agreement.version(), q.routeClause(), null));
        }
    }

    /** The reason a recorded recycle gives first in its words ({@code not-ready: next year}); not-ready when none. */
    static RecycleReason reason(StageChanged recycle) {
        String why = recycle.reason() == null ? "" : recycle.reason();
        int colon = why.indexOf(':');
        Optional<RecycleReason> reason = RecycleReason.fromCode((colon < 0 ? why : why.substring(0, colon)).strip());
        return reason.orElse(RecycleReason.NOT_READY);
    }

    /** Re-qualifications after recycles, in order (round 1, 2, ...). */
    List<Instant> again() {
        return again;
    }

    /** The lead as it stood when it qualified again in round {@code round} (1-based). */
    LeadState againState(int round) {
        return againStates.get(round - 1);
    }

    Instant recycledAt() {
        return recycledAt;
    }

    int applied() {
        return applied;
    }

    int refused() {
        return refused;
    }
}
