package org.leadpact.reports;

import java.util.ArrayList;
import java.util.List;
import org.leadpact.lead.Stage;

/**
 * One opening of an opportunity on a lead, from its facts: when it opened, how it ended (won, lost,
 * recycled, or still open) and the ladder stages it was moved to meanwhile. A lead lost, recycled and
 * opened again has two.
 *
 * @param closedAt {@link LeadFacts#NEVER} while open
 */
record Opportunity(LeadFacts lead, long openedAt, Stage end, long closedAt, List<OpportunityMove> moves) {

    static List<Opportunity> of(LeadFacts f) {
        List<Opportunity> found = new ArrayList<>(1);
        for (int i = 0; i < f.stepCount(); i++) {
            if (f.stepTo(i) != Stage.OPPORTUNITY) {
                continue;
            }
            long opened = f.stepAt(i);
            Stage end = Stage.OPPORTUNITY;
            long closed = LeadFacts.NEVER;
            if (i + 1 < f.stepCount()) {
                end = f.stepTo(i + 1);
                closed = f.stepAt(i + 1);
            }
            List<OpportunityMove> moves = new ArrayList<>();
            for (OpportunityMove m : f.moves()) {
                if (m.at() >= opened && (closed == LeadFacts.NEVER || m.at() <= closed)) {
                    moves.add(m);
                }
            }
            found.add(new Opportunity(f, opened, end, closed, moves));
        }
        return found;
    }

    boolean open() {
        return end == Stage.OPPORTUNITY;
    }

    /** The highest probability the opportunity was moved to (-1: never moved). */
    int highestProbability() {
        int highest = -1;
        for (OpportunityMove m : moves) {
            highest = Math.max(highest, m.probability());
        }
        return highest;
    }

    /** The stage it was last moved to, or null. */
    String currentStage() {
        return moves.isEmpty() ? null : moves.getLast().stage();
    }
}
