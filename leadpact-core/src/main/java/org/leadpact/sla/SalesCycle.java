package org.leadpact.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.SalesSla;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.StageChanged;

/**
 * One stay of a lead with one rep, from a hand-off until it leaves sales ({@code endAt}: nurture, trash,
 * won or lost) or goes to another rep undispositioned ({@code reassigned}): its first follow-up, touch
 * cadence, status update and minimum working time clocks. {@code next} is the first stage change after
 * the hand-off: the disposition that meets the status update.
 */
final class SalesCycle {
    private final String lead;
    private final int cycle;
    private final String owner;
    private final Instant start;
    private final StageChanged next;
    private final Instant endAt;
    private final String endedIn;
    private final boolean reassigned;
    private final List<Activity> touches;
    private final Agreement agreement;
    private final SlaContext context;
    private final WorkCalendar calendar;

    SalesCycle(String lead, int cycle, String owner, Instant start, StageChanged next, Instant endAt, String endedIn,
               boolean reassigned, List<Activity> allTouches, Agreement agreement, SlaContext context) {
        this.lead = lead;
        this.cycle = cycle;
        this.owner = owner;
        this.start = start;
        this.next = next;
        this.endAt = endAt;
        this.endedIn = endedIn;
        this.reassigned = reassigned;
        this.agreement = agreement;
        this.context = context;
        this.calendar = context.calendarFor(owner);
        this.touches = allTouches.stream().filter(a -> !a.at().isBefore(start)
                && (endAt == null || !a.at().isAfter(endAt))).toList();
    }

    /**
     * The cycle's clocks; {@code startsStay}: the cycle began with a hand-off, not a reassignment, so it
     * carries the minimum working time of the stay with sales, which ends at {@code stayEndAt}.
     */
    void addTo(List<ClockRun> runs, boolean startsStay, Instant stayEndAt, String stayEndedIn) {
        SalesSla sla = agreement.salesSla();
        List<Pause> absences = absences();
        List<Pause> all = new ArrayList<>(absences);
        all.addAll(callBacks());
        Instant ended = endAt;
        Instant firstTouch = touches.isEmpty() ? null : touches.getFirst().at();
        runs.add(run(ClockKind.FIRST_FOLLOW_UP, sla.firstFollowUpMaximum(), sla.firstFollowUpTarget(), firstTouch,
                firstTouch == null ? ended : null, endedIn, absences, calendar));
        if (sla.calls() + sla.emails() > 0) {
            Instant met = cadenceMet(sla.calls(), sla.emails());
            runs.add(run(ClockKind.TOUCH_CADENCE, sla.touchesWithin(), null, met, met == null ? ended : null, endedIn,
                    all, calendar));
        }
        Instant disposition = next == null ? null : next.at();
        // Leaving sales is itself a disposition (next); going to another rep first is not, and ends it.
        runs.add(run(ClockKind.STATUS_UPDATE, sla.statusUpdateWithin(), null, disposition, reassigned ? ended : null,
                endedIn, all, calendar));
        // The engine refuses an early recycle against the agreement's calendar; the guard uses the same one.
        if (startsStay) {
            runs.add(run(ClockKind.MINIMUM_WORKING_TIME, sla.minimumTimeBeforeRecycle(), null, null, stayEndAt,
                    stayEndedIn, List.of(), context.agreementCalendar()));
        }
    }

    private ClockRun run(ClockKind kind, AgreedDuration budget, AgreedDuration target, Instant stop, Instant ended, String endedIn,
                         List<Pause> pauses, WorkCalendar on) {
        return new ClockRun(lead, kind, cycle, owner, start, budget, target, stop, ended, endedIn, pauses, on,
                on == calendar ? context.calendarWordsFor(owner) : null);
    }

    private Instant cadenceMet(int calls, int emails) {
        int c = 0;
        int e = 0;
        for (Activity a : touches) {
            c += a.type() == ActivityType.SALES_CALL ? 1 : 0;
            e += a.type() == ActivityType.SALES_EMAIL ? 1 : 0;
            if (c >= calls && e >= emails) {
                return a.at();
            }
        }
        return null;
    }

    private List<Pause> absences() {
        return context.absencesOf(owner).stream().filter(i -> i.until().isAfter(start))
                .map(i -> new Pause(i, Pause.Reason.OUT_OF_OFFICE)).toList();
    }

    private List<Pause> callBacks() {
        List<Pause> pauses = new ArrayList<>();
        for (Activity a : touches) {
            CallBack.requested(a, calendar.zone()).filter(at -> at.isAfter(a.at()))
                    .ifPresent(at -> pauses.add(new Pause(new Interval(a.at(), at), Pause.Reason.CALL_BACK)));
        }
        return pauses;
    }
}
