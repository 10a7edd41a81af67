package org.leadpact.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Band;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.scoring.Score;

/**
 * A rep's open leads (routed MQLs, handed off, sales-accepted), hottest first: by score band (the
 * agreement's highest band first, no band last), then by when the next action is due, then by score.
 * The due time here is plain calendar arithmetic (the first follow-up {@code salesSla.firstFollowUp.target}
 * after the hand-off or, while the hand-off is under way, the assignment; a status update
 * {@code salesSla.statusUpdateWithin} after acceptance): routing's own view, for leads that have no
 * SLA clock yet. The queues people read ({@link org.leadpact.sla.HotQueue}) order by the clocks.
 */
public final class RepQueue {
    private RepQueue() {
    }

    /** One lead on the queue and what to do next, by when, under which clause. */
    public record Item(LeadState lead, Score score, int bandRank, String nextAction, Instant due, String dueClause) {
    }

    public static List<Item> of(LeadEngine engine, List<LeadState> leads, Instant at) {
        List<String> bands = engine.agreement().scoring().bands().stream()
                .sorted(Comparator.comparingInt(Band::from).reversed()).map(Band::name).toList();
        List<Item> items = new ArrayList<>();
        for (LeadState lead : leads) {
            if (!RoutingLedger.OPEN.contains(lead.stage())) {
                continue;
            }
            Score score = engine.qualifier().assess(lead, at).score();
            int rank = score.band() == null || !bands.contains(score.band()) ? bands.size() : bands.indexOf(score.band());
            items.add(next(engine.agreement(), lead, score, rank));
        }
        items.sort(Comparator.comparingInt(Item::bandRank).thenComparing(Item::due)
                .thenComparing((Item i) -> i.score().total().hundredths(), Comparator.reverseOrder())
                .thenComparing(i -> i.lead().id()));
        return items;
    }

    private static Item next(Agreement a, LeadState lead, Score score, int rank) {
        if (lead.stage() == Stage.SAL) {
            Instant accepted = last(lead, Stage.SAL);
            return new Item(lead, score, rank, "status update (a disposition)",
                    accepted.plus(a.salesSla().statusUpdateWithin().toDuration()), "salesSla.statusUpdateWithin");
        }
        Instant from = lead.stage() == Stage.HANDED_OFF ? last(lead, Stage.HANDED_OFF) : assignedAt(lead);
        return new Item(lead, score, rank, lead.stage() == Stage.MQL ? "first follow-up (hand-off under way)"
                : "first follow-up", from.plus(a.salesSla().firstFollowUpTarget().toDuration()),
                "salesSla.firstFollowUp.target");
    }

    private static Instant last(LeadState lead, Stage stage) {
        Instant at = Instant.MIN;
        for (LeadEvent e : lead.history()) {
            if (e instanceof StageChanged s && s.to() == stage) {
                at = s.at();
            }
        }
        return at == Instant.MIN ? lead.history().getLast().at() : at;
    }

    private static Instant assignedAt(LeadState lead) {
        Instant at = lead.history().getLast().at();
        for (LeadEvent e : lead.history()) {
            if (e instanceof OwnerAssigned o) {
                at = o.at();
            }
        }
        return at;
    }
}
