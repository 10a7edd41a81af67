package org.leadpact.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/**
 * What the reports need to know about one lead, derived from its history alone: when it became known,
 * every stage it entered and when, the amount it was won for, where it came from, who owns it, its last
 * sales touch and its opportunity's moves. Instants are epoch seconds (compact: a million of these are
 * held in memory); {@link #NEVER} means "did not happen".
 *
 * @param steps          each stage change as {@code at << 4 | stage ordinal}, in history order
 * @param wonAmount      the amount of the win, null unless the lead was won
 * @param owner          the rep the lead was last assigned to (kept after a recycle, for filtering by rep)
 * @param lastSalesTouch the last sales call, e-mail or meeting since the lead was last handed off
 * @param lastHandOff    when the lead was last handed to sales
 */
public record LeadFacts(String id, long created, long[] steps, BigDecimal wonAmount, String source, String campaign,
                        String offer, String landingPage, String segment, String company, String owner, Stage stage,
                        long lastSalesTouch, long lastHandOff, List<OpportunityMove> moves) {

    public static final long NEVER = Long.MIN_VALUE;
    /** Attributes the reports group and filter by (beside the well-known source, campaign, offer, company). */
    public static final String LANDING_PAGE = "landingPage";
    public static final String SEGMENT = "segment";

    private static final Stage[] STAGES = Stage.values();

    public LeadFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        steps = steps.clone();
        moves = List.copyOf(moves);
    }

    public static LeadFacts of(LeadState lead) {
        List<LeadEvent> history = lead.history();
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a lead without events has no facts");
        }
        long[] steps = new long[8];
        int count = 0;
        String owner = null;
        long handOff = NEVER;
        BigDecimal won = null;
        List<OpportunityMove> moves = new ArrayList<>();
        for (LeadEvent e : history) {
            switch (e) {
                case StageChanged s -> {
                    if (count == steps.length) {
                        steps = Arrays.copyOf(steps, count * 2);
                    }
                    steps[count++] = step(s.at().getEpochSecond(), s.to());
                    handOff = s.to() == Stage.HANDED_OFF ? s.at().getEpochSecond() : handOff;
                    won = s.to() == Stage.WON ? s.amount() : won;
                }
                case OwnerAssigned o -> owner = o.owner();
                case OpportunityStageMoved m -> moves.add(new OpportunityMove(m.stage(), m.probability(),
                        m.at().getEpochSecond()));
                default -> { }
            }
        }
        Attributes a = lead.attributes();
        return new LeadFacts(lead.id(), history.get(0).at().getEpochSecond(), Arrays.copyOf(steps, count), won,
                text(a, Attributes.SOURCE), text(a, Attributes.CAMPAIGN), text(a, Attributes.OFFER),
                text(a, LANDING_PAGE), text(a, SEGMENT), text(a, Attributes.COMPANY), owner, lead.stage(),
                lastTouch(lead.activities(), handOff), handOff, moves);
    }

    /**
     * Whether appending this event can change a lead's facts. Only a marketing activity cannot: the
     * facts hold stages, owner, attributes, opportunity moves and sales touches, never engagement.
     */
    public static boolean bearsOn(LeadEvent e) {
        return !ActivityRecorded.isEngagement(e);
    }

    private static long lastTouch(List<Activity> activities, long since) {
        long last = NEVER;
        for (Activity a : activities) {
            long at = a.at().getEpochSecond();
            if (a.type().isSalesTouch() && since != NEVER && at >= since && at > last) {
                last = at;
            }
        }
        return last;
    }

    private static String text(Attributes a, String name) {
        return a.text(name).orElse(null);
    }

    public static long step(long at, Stage to) {
        return at << 4 | to.ordinal();
    }

    public int stepCount() {
        return steps.length;
    }

    public long stepAt(int i) {
        return steps[i] >> 4;
    }

    public Stage stepTo(int i) {
        return STAGES[(int) (steps[i] & 15)];
    }

    /** The stage the lead was in before step {@code i}: NEW before its first. */
    public Stage stepFrom(int i) {
        return i == 0 ? Stage.NEW : stepTo(i - 1);
    }

    /**
     * Whether the lead changed stage in {@code [from, until)} (epoch seconds): every SLA clock starts or
     * stops at a stage change (qualifying, the hand-off, an opportunity), so only such leads have clocks
     * that start, or deliveries that count, in a period.
     */
    public boolean steppedIn(long from, long until) {
        for (int i = 0; i < steps.length; i++) {
            long at = stepAt(i);
            if (at >= from && at < until) {
                return true;
            }
        }
        return false;
    }

    /** The value of a grouping dimension (null when the lead has none). */
    public String value(Dimension d) {
        return switch (d) {
            case SOURCE -> source;
            case CAMPAIGN -> campaign;
            case OFFER -> offer;
            case LANDING_PAGE -> landingPage;
            case SEGMENT -> segment;
            case COMPANY -> company;
            case REP -> owner;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeadFacts f && id.equals(f.id) && created == f.created && Arrays.equals(steps, f.steps)
                && Objects.equals(wonAmount, f.wonAmount) && Objects.equals(source, f.source)
                && Objects.equals(campaign, f.campaign) && Objects.equals(offer, f.offer)
                && Objects.equals(landingPage, f.landingPage) && Objects.equals(segment, f.segment)
                && Objects.equals(company, f.company) && Objects.equals(owner, f.owner) && stage == f.stage
                && lastSalesTouch == f.lastSalesTouch && lastHandOff == f.lastHandOff && moves.equals(f.moves);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, created, Arrays.hashCode(steps), stage);
    }

    @Override
    public String toString() {
        return "LeadFacts[" + id + ", " + stage + ", " + steps.length + " steps]";
    }
}
