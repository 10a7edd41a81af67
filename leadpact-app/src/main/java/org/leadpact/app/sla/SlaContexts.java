package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.service.Agreements;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.sla.SlaContext;

/**
 * What the shell hands the clock fold: the active agreement, its calendar with public holidays, and
 * the average lost cycle (recomputed at most hourly). Rep and team calendars and reps' absences come
 * from the directory once it is wired in; until then every clock uses the agreement's calendar.
 */
public final class SlaContexts {
    private static final Duration LOST_CYCLE_MAX_AGE = Duration.ofHours(1);

    private final Agreements agreements;
    private final LostCycles lostCycles;
    private final Clock clock;
    private volatile Duration averageLost;
    private volatile Instant averageAt = Instant.MIN;

    public SlaContexts(Agreements agreements, LostCycles lostCycles, Clock clock) {
        this.agreements = agreements;
        this.lostCycles = lostCycles;
        this.clock = clock;
    }

    /** The agreement in force and the context to judge clocks under it; empty while none is active. */
    public Optional<Judged> active() {
        return agreements.activeEngineIfAny().map(LeadEngine::agreement).map(a -> new Judged(a, context(a)));
    }

    /** An agreement and the context its clocks are computed in. */
    public record Judged(Agreement agreement, SlaContext context) {
    }

    public SlaContext context(Agreement agreement) {
        return SlaContext.of(agreements.holidays().workCalendar(agreement.calendar()))
                .withAverageLostCycle(agreement.salesSla().staleOpportunityAfter() == null ? averageLost() : null);
    }

    private Duration averageLost() {
        Instant now = clock.instant();
        if (averageAt.plus(LOST_CYCLE_MAX_AGE).isBefore(now)) {
            averageLost = lostCycles.average().orElse(null);
            averageAt = now;
        }
        return averageLost;
    }
}
