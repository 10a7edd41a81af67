package org.leadpact.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.OpportunityStage;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.agreement.SalesSla;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.Command.CloseLost;
import org.leadpact.lifecycle.Command.CloseWon;
import org.leadpact.lifecycle.Command.Disqualify;
import org.leadpact.lifecycle.Command.HandOff;
import org.leadpact.lifecycle.Command.MoveOpportunityStage;
import org.leadpact.lifecycle.Command.OpenOpportunity;
import org.leadpact.lifecycle.Command.RecordActivity;
import org.leadpact.lifecycle.Command.Recycle;
import org.leadpact.lifecycle.Command.Reevaluate;
import org.leadpact.lifecycle.Command.SetDisposition;
import org.leadpact.lifecycle.Command.UpdateAttributes;
import org.leadpact.lifecycle.Outcome.Accepted;
import org.leadpact.lifecycle.Outcome.Rejected;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Qualifier;

/**
 * Decides what a command does to a lead under one agreement version. Pure: the same state, command
 * and agreement give the same outcome. Marketing input (activity, data) is followed by a
 * qualification check, so a lead becomes an MQL the moment it meets the definition.
 */
public final class LeadEngine {
    /** The actor recorded on decisions the engine makes itself. */
    public static final String SYSTEM = "leadpact";

    private final Agreement agreement;
    private final Qualifier qualifier;
    private final WorkCalendar calendar;

    /** An engine whose business time knows only the calendar's own holidays. */
    public LeadEngine(Agreement agreement) {
        this(agreement, WorkCalendar.of(agreement.calendar()));
    }

    /** An engine counting business time on {@code calendar}: the agreement's, with its public holidays. */
    public LeadEngine(Agreement agreement, WorkCalendar calendar) {
        this(agreement, calendar, new Qualifier(agreement));
    }

    /** An engine deciding with this qualifier (e.g. {@link Qualifier#fromWholeHistory}, the reference). */
    public LeadEngine(Agreement agreement, Qualifier qualifier) {
        this(agreement, WorkCalendar.of(agreement.calendar()), qualifier);
    }

    public LeadEngine(Agreement agreement, WorkCalendar calendar, Qualifier qualifier) {
        this.agreement = agreement;
        this.qualifier = qualifier;
        this.calendar = calendar;
    }

    public Agreement agreement() {
        return agreement;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public Outcome handle(LeadState lead, Command command) {
        return switch (command) {
            case RecordActivity c -> afterInput(lead, new ActivityRecorded(c.activity()), c.at());
            case UpdateAttributes c -> afterInput(lead, new AttributesChanged(c.at(), c.changes(), c.source()), c.at());
            case Reevaluate c -> afterInput(lead, null, c.at());
            case Command.JoinActivities c -> join(lead, c);
            case HandOff c -> handOff(lead, c);
            case Command.Route c -> route(lead, c);
            case Command.Reassign c -> reassign(lead, c);
            case SetDisposition c -> disposition(lead, c);
            case OpenOpportunity c -> openOpportunity(lead, c.at(), c.actor(), "opportunity opened");
            case MoveOpportunityStage c -> moveStage(lead, c);
            case CloseWon c -> win(lead, c);
            case CloseLost c -> move(lead, Transition.LOSE, c.at(), c.actor(), c.reason(), "opportunityStages", null);
            case Recycle c -> recycle(lead, c.at(), c.reason(), c.actor(), c.note());
            case Disqualify c -> move(lead, Transition.DISQUALIFY, c.at(), c.actor(), c.reason(), "dispositions", null);
        };
    }

    private Outcome afterInput(LeadState lead, LeadEvent input, Instant at) {
        List<LeadEvent> events = new ArrayList<>(2);
        LeadState next = lead;
        if (input != null) {
            events.add(input);
            next = lead.apply(input);
        }
        if (!next.stage().withMarketing()) {
            return new Accepted(events, next, Optional.empty());
        }
        Qualification q = qualifier.assess(next, at);
        if (q.qualified()) {
            StageChanged qualified = new StageChanged(at, next.stage(), Stage.MQL, Transition.QUALIFY.code(), SYSTEM,
                    q.summary(), agreement.version(), q.routeClause(), null);
            events.add(qualified);
            next = next.apply(qualified);
        }
        return new Accepted(events, next, Optional.of(q));
    }

    private Outcome join(LeadState lead, Command.JoinActivities c) {
        List<LeadEvent> joined = new ArrayList<>();
        LeadState next = lead;
        for (Activity a : c.activities()) {
            ActivityRecorded recorded = new ActivityRecorded(a);
            joined.add(recorded);
            next = next.apply(recorded);
        }
        Outcome after = afterInput(next, null, c.at());
        if (after instanceof Accepted accepted) {
            joined.addAll(accepted.events());
            return new Accepted(joined, accepted.state(), accepted.qualification());
        }
        return after;
    }

    private Outcome handOff(LeadState lead, HandOff c) {
        if (!Transition.HAND_OFF.allowedFrom(lead.stage())) {
            return refuse(Transition.HAND_OFF, lead.stage());
        }
        if (c.rep() == null || c.rep().isBlank()) {
            return new Rejected(Transition.HAND_OFF.rule(), "a hand-off names the rep who receives the lead");
        }
        if (lead.attributes().doNotContact()) {
            return new Rejected("lead.doNotContact", "the lead asked not to be contacted: it is never handed to sales");
        }
        // The marketing SLA promises complete contact data on every lead sales receives.
        Qualification q = qualifier.assess(lead, c.at());
        List<String> gaps = q.checks().stream()
                .filter(ch -> ch.kind() == org.leadpact.qualification.Check.Kind.REQUIRED_INFORMATION && !ch.met())
                .map(org.leadpact.qualification.Check::words).toList();
        if (agreement.marketingSla().completeContactData() && !gaps.isEmpty()) {
            return new Rejected("requiredInformation", "contact data incomplete: " + String.join("; ", gaps));
        }
        String why = c.why() == null || c.why().isBlank() ? "handed off" : c.why();
        StageChanged handedOff = stageChange(lead, Transition.HAND_OFF, c.at(), c.actor(), why,
                "marketingSla.handOffWithin", null);
        // Routing already made the rep the owner: the hand-off only moves the stage.
        if (c.rep().equals(lead.owner())) {
            return accepted(lead, Optional.of(q), handedOff);
        }
        return accepted(lead, Optional.of(q),
                new OwnerAssigned(c.at(), c.rep(), c.actor(), why, agreement.version(), "routing"), handedOff);
    }

    private Outcome route(LeadState lead, Command.Route c) {
        if (lead.stage() != Stage.MQL) {
            return new Rejected("routing", "a lead is routed while it is an MQL; this lead is " + lead.stage().code());
        }
        if (c.rep() == null || c.rep().isBlank()) {
            return new Rejected("routing", "routing names the rep who receives the lead");
        }
        if (lead.attributes().doNotContact()) {
            return new Rejected("lead.doNotContact", "the lead asked not to be contacted: it is never routed to sales");
        }
        String actor = c.actor() == null ? SYSTEM : c.actor();
        return accepted(lead, Optional.empty(), new OwnerAssigned(c.at(), c.rep(), actor, c.why(), agreement.version(),
                c.clause() == null ? "routing" : c.clause()));
    }

    private Outcome reassign(LeadState lead, Command.Reassign c) {
        if (lead.stage() != Stage.MQL && !(lead.stage().withSales() && lead.stage() != Stage.WON
                && lead.stage() != Stage.LOST)) {
            return new Rejected("routing.reassign", "only a lead that is an MQL or with sales (handed off, accepted, "
                    + "an opportunity) changes hands; this lead is " + lead.stage().code());
        }
        if (c.rep() == null || c.rep().isBlank()) {
            return new Rejected("routing.reassign", "a reassignment names the rep who receives the lead");
        }
        if (c.rep().equals(lead.owner())) {
            return new Rejected("routing.reassign", "the lead already belongs to " + c.rep());
        }
        if (lead.attributes().doNotContact() && lead.stage() == Stage.MQL) {
            return new Rejected("lead.doNotContact", "the lead asked not to be contacted: it is never routed to sales");
        }
        String why = "reassigned" + (lead.owner() == null ? "" : " from " + lead.owner())
                + (c.why() == null || c.why().isBlank() ? "" : ": " + c.why());
        return accepted(lead, Optional.empty(), new OwnerAssigned(c.at(), c.rep(), c.actor(), why, agreement.version(),
                c.clause()));
    }

    private Outcome disposition(LeadState lead, SetDisposition c) {
        Disposition d = c.disposition();
        if (!agreement.dispositions().allows(d)) {
            return new Rejected("dispositions", "disposition " + d.code() + " is not one this agreement allows ("
                    + agreement.dispositions().allowed().stream().map(Disposition::code).toList() + ")");
        }
        if (lead.stage() != Stage.HANDED_OFF && lead.stage() != Stage.SAL) {
            return new Rejected("lifecycle.disposition", "a disposition is set on a lead handed to sales; this lead is "
                    + lead.stage().code());
        }
        String note = c.note() == null ? "disposition " + d.code() : "disposition " + d.code() + ": " + c.note();
        return switch (d) {
            case ACCEPTED -> move(lead, Transition.ACCEPT, c.at(), c.actor(), note, "dispositions", null);
            case OPPORTUNITY -> openOpportunity(lead, c.at(), c.actor(), note);
            case RECYCLE -> recycle(lead, c.at(), RecycleReason.NOT_READY, c.actor(), c.note());
            case COULD_NOT_REACH -> recycle(lead, c.at(), RecycleReason.COULD_NOT_REACH, c.actor(), c.note());
            case TRASH -> move(lead, Transition.DISQUALIFY, c.at(), c.actor(), note, "dispositions", null);
        };
    }

    private Outcome openOpportunity(LeadState lead, Instant at, String actor, String why) {
        if (!Transition.OPEN_OPPORTUNITY.allowedFrom(lead.stage())) {
            return refuse(Transition.OPEN_OPPORTUNITY, lead.stage());
        }
        OpportunityStage first = agreement.opportunityStages().first();
        return accepted(lead, Optional.empty(),
                stageChange(lead, Transition.OPEN_OPPORTUNITY, at, actor, why, "dispositions", null),
                new OpportunityStageMoved(at, first.name(), first.probability(), actor, agreement.version()));
    }

    private Outcome moveStage(LeadState lead, MoveOpportunityStage c) {
        if (lead.stage() != Stage.OPPORTUNITY) {
            return new Rejected("lifecycle.opportunity-stage", "only an open opportunity moves between stages; this lead is "
                    + lead.stage().code());
        }
        Optional<OpportunityStage> stage = agreement.opportunityStages().find(c.stage());
        if (stage.isEmpty()) {
            return new Rejected("opportunityStages", "'" + c.stage() + "' is not a stage of this agreement ("
                    + agreement.opportunityStages().ladder().stream().map(OpportunityStage::name).toList() + ")");
        }
        return accepted(lead, Optional.empty(), new OpportunityStageMoved(c.at(), stage.get().name(),
                stage.get().probability(), c.actor(), agreement.version()));
    }

    private Outcome win(LeadState lead, CloseWon c) {
        if (c.amount() == null || c.amount().signum() < 0) {
            return new Rejected(Transition.WIN.rule(), "a won opportunity needs its amount (zero or more)");
        }
        return move(lead, Transition.WIN, c.at(), c.actor(), "closed won", "opportunityStages", c.amount());
    }

    private Outcome recycle(LeadState lead, Instant at, RecycleReason reason, String actor, String note) {
        if (!Transition.RECYCLE.allowedFrom(lead.stage())) {
            return refuse(Transition.RECYCLE, lead.stage());
        }
        if (!agreement.recycling().allows(reason)) {
            return new Rejected("recycling.reasons", "this agreement does not recycle leads for " + reason.code());
        }
        if (reason == RecycleReason.LOST && lead.stage() != Stage.LOST) {
            return new Rejected("recycling.reasons", "only a lost opportunity is recycled as lost");
        }
        if (lead.stage() == Stage.LOST && reason != RecycleReason.LOST) {
            return new Rejected("recycling.reasons", "a lost opportunity goes back to nurture as lost");
        }
        Optional<Rejected> slaRefusal = salesSlaRefusal(lead, at, reason);
        if (slaRefusal.isPresent()) {
            return slaRefusal.get();
        }
        String why = reason.code() + (note == null || note.isBlank() ? "" : ": " + note);
        return move(lead, Transition.RECYCLE, at, actor, why, "recycling", null);
    }

    /**
     * The sales SLA before a lead leaves sales: the touch cadence before could-not-reach, and the
     * minimum working time, in calendar or business time as the agreement states it.
     */
    private Optional<Rejected> salesSlaRefusal(LeadState lead, Instant at, RecycleReason reason) {
        SalesSla sla = agreement.salesSla();
        Optional<Instant> handedOffAt = lastTransition(lead, Transition.HAND_OFF);
        if (reason == RecycleReason.COULD_NOT_REACH) {
            // The cadence is the rep's who holds the lead: a reassignment starts it afresh, as its clock does.
            Instant since = handedOffAt.map(h -> reassignedSince(lead, h)).orElse(Instant.MIN);
            long calls = touches(lead, ActivityType.SALES_CALL, since, at);
            long emails = touches(lead, ActivityType.SALES_EMAIL, since, at);
            if (calls < sla.calls() || emails < sla.emails()) {
                return Optional.of(new Rejected("salesSla.touches", "could-not-reach needs " + sla.calls() + " calls and "
                        + sla.emails() + " e-mails first; logged " + calls + " calls and " + emails + " e-mails"));
            }
        }
        boolean fromSales = lead.stage() == Stage.HANDED_OFF || lead.stage() == Stage.SAL;
        if (fromSales && handedOffAt.isPresent()) {
            AgreedDuration minimum = sla.minimumTimeBeforeRecycle();
            Instant allowedFrom = minimum.business() ? calendar.plus(handedOffAt.get(), minimum.toDuration())
                    : handedOffAt.get().plus(minimum.toDuration());
            if (allowedFrom.isAfter(at)) {
                return Optional.of(new Rejected("salesSla.minimumTimeBeforeRecycle", "a lead stays with sales at least "
                        + minimum + " before it is recycled; handed off at " + handedOffAt.get()
                        + ", so not before " + allowedFrom));
            }
        }
        return Optional.empty();
    }

    private static long touches(LeadState lead, ActivityType type, Instant since, Instant until) {
        long count = 0;
        for (Activity a : lead.activities()) {
            if (a.type() == type && !a.at().isBefore(since) && !a.at().isAfter(until)) {
                count++;
            }
        }
        return count;
    }

    /** When the lead last went to another rep after its hand-off at {@code handedOffAt} (else that hand-off). */
    private static Instant reassignedSince(LeadState lead, Instant handedOffAt) {
        Instant since = handedOffAt;
        String owner = null;
        for (LeadEvent e : lead.history()) {
            if (e instanceof OwnerAssigned o) {
                if (owner != null && !owner.equals(o.owner()) && o.at().isAfter(handedOffAt)) {
                    since = o.at();
                }
                owner = o.owner();
            }
        }
        return since;
    }

    private static Optional<Instant> lastTransition(LeadState lead, Transition transition) {
        Optional<Instant> last = Optional.empty();
        for (LeadEvent e : lead.history()) {
            if (e instanceof StageChanged s && s.transition().equals(transition.code())) {
                last = Optional.of(s.at());
            }
        }
        return last;
    }

    private Outcome move(LeadState lead, Transition t, Instant at, String actor, String why, String clause,
                         BigDecimal amount) {
        if (!t.allowedFrom(lead.stage())) {
            return refuse(t, lead.stage());
        }
        return accepted(lead, Optional.empty(), stageChange(lead, t, at, actor, why, clause, amount));
    }

    private static Accepted accepted(LeadState lead, Optional<Qualification> q, LeadEvent... events) {
        List<LeadEvent> list = List.of(events);
        return new Accepted(list, lead.applyAll(list), q);
    }

    private StageChanged stageChange(LeadState lead, Transition t, Instant at, String actor, String why, String clause,
                                     BigDecimal amount) {
        return new StageChanged(at, lead.stage(), t.to(), t.code(), actor == null ? SYSTEM : actor, why,
                agreement.version(), clause, amount);
    }

    private static Rejected refuse(Transition t, Stage stage) {
        return new Rejected(t.rule(), t.refusal(stage));
    }
}
