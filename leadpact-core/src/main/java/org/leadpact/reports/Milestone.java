package org.leadpact.reports;

import org.leadpact.lead.Stage;
import org.leadpact.words.Codes;

/**
 * The funnel's milestones, in order. A lead reaches one when it enters the stage; an opportunity opened
 * straight from the hand-off also counts as sales-accepted at that moment (sales accepted it by opening
 * it), so every lead that reached a milestone reached all the ones before it.
 */
public enum Milestone {
    LEAD, MQL, HANDED_OFF, SAL, OPPORTUNITY, WON, LOST;

    public String code() {
        return Codes.code(this);
    }

    /** Whether step {@code i} of the lead is an entry into this milestone. */
    boolean entersAt(LeadFacts f, int i) {
        Stage to = f.stepTo(i);
        return switch (this) {
            case LEAD -> false;
            case MQL -> to == Stage.MQL;
            case HANDED_OFF -> to == Stage.HANDED_OFF;
            case SAL -> to == Stage.SAL || to == Stage.OPPORTUNITY && f.stepFrom(i) == Stage.HANDED_OFF;
            case OPPORTUNITY -> to == Stage.OPPORTUNITY;
            case WON -> to == Stage.WON;
            case LOST -> to == Stage.LOST;
        };
    }

    /** The milestones (as bits of their ordinals) that step {@code i} of the lead enters. */
    static int entered(LeadFacts f, int i) {
        return switch (f.stepTo(i)) {
            case MQL -> 1 << MQL.ordinal();
            case HANDED_OFF -> 1 << HANDED_OFF.ordinal();
            case SAL -> 1 << SAL.ordinal();
            case OPPORTUNITY -> 1 << OPPORTUNITY.ordinal()
                    | (f.stepFrom(i) == Stage.HANDED_OFF ? 1 << SAL.ordinal() : 0);
            case WON -> 1 << WON.ordinal();
            case LOST -> 1 << LOST.ordinal();
            default -> 0;
        };
    }

    boolean in(int mask) {
        return (mask & 1 << ordinal()) != 0;
    }

    /** Whether the lead reached this milestone (at least once) within the period. */
    public boolean reachedIn(LeadFacts f, Range period) {
        if (this == LEAD) {
            return period.contains(f.created());
        }
        for (int i = 0; i < f.stepCount(); i++) {
            if (entersAt(f, i) && period.contains(f.stepAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** When the lead first reached this milestone, or {@link LeadFacts#NEVER}. */
    public long first(LeadFacts f) {
        if (this == LEAD) {
            return f.created();
        }
        for (int i = 0; i < f.stepCount(); i++) {
            if (entersAt(f, i)) {
                return f.stepAt(i);
            }
        }
        return LeadFacts.NEVER;
    }

    public boolean ever(LeadFacts f) {
        return first(f) != LeadFacts.NEVER;
    }
}
