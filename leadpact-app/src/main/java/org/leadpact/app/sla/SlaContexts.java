package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.service.Agreements;
import org.leadpact.calendar.CalendarChoice;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.sla.Interval;
import org.leadpact.sla.RepCalendar;
import org.leadpact.sla.SlaContext;

/**
 * What the shell hands the clock fold: the active agreement, its calendar with public holidays, the
 * directory's part (each rep's calendar with its country's holidays: their own, else their team's, named
 * in the clocks' explanations; their out-of-office periods, their team's manager; read from the directory's snapshot, so a change counts from the next firing or
 * append) and the average lost cycle (recomputed at most hourly).
 */
public final class SlaContexts {
    private static final Duration LOST_CYCLE_MAX_AGE = Duration.ofHours(1);

    private final Agreements agreements;
    private final Directory directory;
    private final LostCycles lostCycles;
    private final Clock clock;
    private volatile Duration averageLost;
    private volatile Instant averageAt = Instant.MIN;

    public SlaContexts(Agreements agreements, Directory directory, LostCycles lostCycles, Clock clock) {
        this.agreements = agreements;
        this.directory = directory;
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
        PublicHolidays holidays = agreements.holidays();
        // Each rep's choice once per context: a report asks for it on every clock of every lead.
        Map<String, Optional<CalendarChoice>> choices = new ConcurrentHashMap<>();
        Function<String, Optional<CalendarChoice>> governing = rep -> choices.computeIfAbsent(rep,
                r -> governing(r, agreement));
        return SlaContext.of(holidays.workCalendar(agreement.calendar()))
                .withReps(rep -> governing.apply(rep).map(c -> holidays.workCalendar(c.calendar())).orElse(null),
                        rep -> directory.rep(rep).map(SlaContexts::absences).orElse(List.of()),
                        rep -> directory.manager(rep).map(Rep::id).orElse(null))
                .withCalendarWords(rep -> governing.apply(rep).map(c -> c.words() + ", " + c.clause()).orElse(null))
                .withAverageLostCycle(agreement.salesSla().staleOpportunityAfter() == null ? averageLost() : null);
    }

    /** The rep's own calendar, else their team's; empty when the agreement's governs (or the rep is unknown). */
    private Optional<CalendarChoice> governing(String rep, Agreement agreement) {
        return directory.rep(rep).map(r -> RepCalendar.governing(r, r.team() == null ? null
                : directory.team(r.team()).orElse(null), agreement.calendar())).filter(c -> !c.source().equals("agreement"));
    }

    private static List<Interval> absences(Rep rep) {
        return rep.away().stream().map(a -> new Interval(a.from(), a.until())).toList();
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
