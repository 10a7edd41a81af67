package org.leadpact.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.LeadEngine;

/**
 * Replays a period's qualified leads under an agreement's routing (the current one or a proposal):
 * the log before {@code from} is folded as it happened; in the period every qualification is routed
 * afresh, the assignments the log holds are replaced by the replay's own (a manager's reassignment
 * stands), and everything else (hand-offs, dispositions) happens as it did. Pure and deterministic:
 * the same log, directory and agreement always give the same distribution.
 */
public final class DryRun {
    /** The agreement version the replay's own assignments are recorded under. */
    static final String REPLAY = "dry-run";

    private DryRun() {
    }

    /** One lead event and the lead it belongs to, in log order. */
    public record Logged(String leadId, LeadEvent event) {
    }

    /** What the replay decided for one qualified lead: {@code rep} is null when no one could take it. */
    public record Routed(String lead, Instant at, String rep, String clause, String why) {
    }

    public static List<Routed> replay(Agreement agreement, Function<String, Routing> routingOfVersion,
                                      Directory directory, List<Logged> log, Instant from, Instant to) {
        LeadEngine engine = new LeadEngine(agreement);
        Router router = new Router(agreement);
        RoutingLedger ledger = new RoutingLedger(v -> REPLAY.equals(v) ? agreement.routing() : routingOfVersion.apply(v));
        Map<String, LeadState> leads = new HashMap<>();
        List<Routed> routed = new ArrayList<>();
        for (Logged l : log) {
            LeadEvent e = l.event();
            if (e.at().isAfter(to)) {
                continue;
            }
            boolean inPeriod = !e.at().isBefore(from);
            if (inPeriod && e instanceof OwnerAssigned o && !"routing.reassign".equals(o.clause())) {
                continue; // the replay decides who gets the lead
            }
            LeadState lead = leads.getOrDefault(l.leadId(), LeadState.empty(l.leadId())).apply(e);
            ledger.apply(l.leadId(), e);
            if (inPeriod && e instanceof StageChanged s && s.to() == Stage.MQL) {
                String band = engine.qualifier().assess(lead, s.at()).score().band();
                Decision d = router.decide(lead, band, directory, ledger.state(), ledger, s.at());
                if (d instanceof Decision.Assign a) {
                    OwnerAssigned assigned = new OwnerAssigned(s.at(), a.rep(), LeadEngine.SYSTEM, a.why(), REPLAY,
                            a.clause());
                    ledger.apply(l.leadId(), assigned);
                    lead = lead.apply(assigned);
                    routed.add(new Routed(l.leadId(), s.at(), a.rep(), a.clause(), a.why()));
                } else {
                    routed.add(new Routed(l.leadId(), s.at(), null, null, ((Decision.Unrouted) d).why()));
                }
            }
            leads.put(l.leadId(), lead);
        }
        return routed;
    }
}
