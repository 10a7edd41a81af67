package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.SalesSla;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/**
 * The agreement's promises as clocks on one lead, a pure function of the lead's history, the
 * agreement, the {@link SlaContext} and an instant: only what happened by {@code now} counts. A lead
 * qualified twice has two marketing-delivery clocks; handed off twice, two of each sales clock. A lead
 * given to another rep before anyone dispositioned it (a manager's reassignment, the SLA's own) is a
 * hand-off to that rep: the first rep's clocks end there, the new rep's start.
 */
public final class Clocks {
    private static final Set<Stage> LEAVES_SALES = Set.of(Stage.NURTURE, Stage.DISQUALIFIED, Stage.WON, Stage.LOST);

    private Clocks() {
    }

    /**
     * A stage change and who owned the lead right after it; {@code reassigned}: not a stage change but the
     * handed-off lead given to another rep (read as a hand-off to them).
     */
    private record Change(StageChanged event, String owner, boolean reassigned) {
        String endedIn() {
            return reassigned ? "rep " + owner : event.to().code();
        }
    }

    /**
     * Whether appending this event can change a lead's clocks other than by the passing of time: the
     * clocks run on stage changes, owners and sales touches, so marketing engagement (page views,
     * e-mail opens, form fills, webinars) cannot.
     */
    public static boolean bearsOn(LeadEvent event) {
        return !org.leadpact.lead.ActivityRecorded.isEngagement(event);
    }

    public static List<Clock> of(LeadState lead, Agreement agreement, SlaContext context, Instant now) {
        SalesSla sla = agreement.salesSla();
        return runs(lead, agreement, context, now).stream()
                .map(r -> r.at(now, sla.warnAt(), agreement.escalation().reassignAfter(), agreement.version())).toList();
    }

    static List<ClockRun> runs(LeadState lead, Agreement agreement, SlaContext context, Instant now) {
        List<Change> changes = changes(lead, now);
        List<Activity> touches = lead.activities().stream()
                .filter(a -> a.type().isSalesTouch() && !a.at().isAfter(now))
                .sorted(Comparator.comparing(Activity::at)).toList();
        List<ClockRun> runs = new ArrayList<>();
        int qualified = 0;
        int handedOff = 0;
        int opened = 0;
        for (int i = 0; i < changes.size(); i++) {
            StageChanged c = changes.get(i).event();
            Change next = i + 1 < changes.size() ? changes.get(i + 1) : null;
            if (c.to() == Stage.MQL) {
                runs.add(delivery(lead.id(), ++qualified, c, next, agreement, context));
            } else if (c.to() == Stage.HANDED_OFF) {
                Change end = firstLater(changes, i, LEAVES_SALES);
                String owner = end == null ? lead.owner() : changes.get(i).owner();
                StageChanged disposition = next == null || next.reassigned() ? null : next.event();
                // The minimum working time runs over the whole stay with sales, whoever holds the lead.
                Change stayEnd = changes.get(i).reassigned() ? null : firstLeaving(changes, i);
                new SalesCycle(lead.id(), ++handedOff, owner, c.at(), disposition, end == null ? null : end.event().at(),
                        end == null ? null : end.endedIn(), end != null && end.reassigned(), touches, agreement,
                        context).addTo(runs, !changes.get(i).reassigned(), stayEnd == null ? null : stayEnd.event().at(),
                        stayEnd == null ? null : stayEnd.endedIn());
            } else if (c.to() == Stage.OPPORTUNITY) {
                stale(lead.id(), ++opened, c, firstLater(changes, i, LEAVES_SALES), agreement, context)
                        .ifPresent(runs::add);
            }
        }
        return runs;
    }

    private static List<Change> changes(LeadState lead, Instant now) {
        List<Change> changes = new ArrayList<>();
        String owner = null;
        Stage stage = null;
        for (LeadEvent e : lead.history()) {
            if (e.at().isAfter(now)) {
                continue;
            }
            if (e instanceof OwnerAssigned o) {
                if (stage == Stage.HANDED_OFF && owner != null && !owner.equals(o.owner())) {
                    changes.add(new Change(new StageChanged(o.at(), stage, stage, "reassign", o.actor() == null
                            ? "system" : o.actor(), o.reason(), o.agreementVersion(), o.clause(), null), o.owner(), true));
                }
                owner = o.owner();
            } else if (e instanceof StageChanged s) {
                owner = s.to() == Stage.NURTURE ? null : owner;
                stage = s.to();
                changes.add(new Change(s, owner, false));
            }
        }
        return changes;
    }

    /** The first later change out of sales, reassignments not counted. */
    private static Change firstLeaving(List<Change> changes, int i) {
        for (int j = i + 1; j < changes.size(); j++) {
            if (!changes.get(j).reassigned() && LEAVES_SALES.contains(changes.get(j).event().to())) {
                return changes.get(j);
            }
        }
        return null;
    }

    /** The first later change into one of {@code stages}, or the lead's reassignment to another rep. */
    private static Change firstLater(List<Change> changes, int i, Set<Stage> stages) {
        for (int j = i + 1; j < changes.size(); j++) {
            if (changes.get(j).reassigned() || stages.contains(changes.get(j).event().to())) {
                return changes.get(j);
            }
        }
        return null;
    }

    private static ClockRun delivery(String lead, int cycle, StageChanged qualified, Change next, Agreement a,
                                     SlaContext context) {
        boolean handedOff = next != null && next.event().to() == Stage.HANDED_OFF;
        Instant stop = handedOff ? next.event().at() : null;
        Instant ended = next != null && !handedOff ? next.event().at() : null;
        return new ClockRun(lead, ClockKind.MARKETING_DELIVERY, cycle, null, qualified.at(),
                a.marketingSla().handOffWithin(), null, stop, ended, ended == null ? null : next.event().to().code(),
                List.of(), context.agreementCalendar(), null);
    }

    private static java.util.Optional<ClockRun> stale(String lead, int cycle, StageChanged opened, Change end,
                                                      Agreement a, SlaContext context) {
        AgreedDuration limit = a.salesSla().staleOpportunityAfter();
        Duration average = context.averageLostCycle();
        if (limit == null && (average == null || average.toMinutes() < 1)) {
            return java.util.Optional.empty();
        }
        AgreedDuration budget = limit != null ? limit : AgreedDuration.of(average.toMinutes(), AgreedDuration.Unit.MINUTES);
        boolean closed = end != null && (end.event().to() == Stage.WON || end.event().to() == Stage.LOST);
        Instant stop = closed ? end.event().at() : null;
        Instant ended = end != null && !closed ? end.event().at() : null;
        WorkCalendar calendar = context.agreementCalendar();
        return java.util.Optional.of(new ClockRun(lead, ClockKind.STALE_OPPORTUNITY, cycle, end == null ? null
                : end.owner(), opened.at(), budget, null, stop, ended, ended == null ? null : end.event().to().code(),
                List.of(), calendar, null));
    }
}
