package org.leadpact.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.Accounts;
import org.leadpact.routing.Decision;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Router;
import org.leadpact.routing.RoutingState;

/**
 * Every qualification of the replay routed afresh under one agreement's routing clause, in order of
 * time across all leads (turns, caps and account owners depend on what came before): the core
 * {@link Router} on the directory given, a routing state built from the replay's own assignments
 * (not the log's), and account owners and returning leads' previous reps from them too. A lead
 * leaves its rep's desk (for open-lead caps) when it really left a rep's desk after that instant;
 * when the log does not say (say the lead never reached sales), it stays open. Only assignments in
 * the period are counted; those before it build the state. Pure: the same inputs give the same
 * distribution.
 */
final class RoutingReplay {
    private static final Comparator<Qualified> ORDER = Comparator.comparing(Qualified::at)
            .thenComparing(Qualified::leadId).thenComparingInt(Qualified::round);

    private final Agreement agreement;
    private final Router router;
    private final Directory directory;
    private final BacktestPeriod period;
    private RoutingState state = RoutingState.EMPTY;
    private final PriorityQueue<Release> releases = new PriorityQueue<>(Comparator.comparing(Release::at));
    private final Map<String, String> domainOwners = new HashMap<>();
    private final Map<String, String> companyOwners = new HashMap<>();
    private final Map<String, OwnerAssigned> lastAssigned = new HashMap<>();
    private final Map<String, Integer> perRep = new TreeMap<>();
    private final Map<String, Integer> byClause = new TreeMap<>();
    private int unrouted;

    private record Release(Instant at, String rep) {
    }

    private RoutingReplay(Agreement agreement, Directory directory, BacktestPeriod period) {
        this.agreement = agreement;
        this.router = new Router(agreement);
        this.directory = directory;
        this.period = period;
    }

    /** Whether any rule routes by score band (then each qualification's band is worked out). */
    static boolean usesScoreBand(Routing routing) {
        return routing.rules().stream().anyMatch(r -> r.when().containsKey("scoreBand"));
    }

    static BacktestReport.Routed route(Agreement agreement, Directory directory, BacktestPeriod period,
                                       List<Qualified> qualified) {
        List<Qualified> inOrder = new ArrayList<>(qualified);
        inOrder.sort(ORDER);
        RoutingReplay replay = new RoutingReplay(agreement, directory, period);
        inOrder.forEach(replay::decide);
        return new BacktestReport.Routed(replay.perRep, replay.byClause, replay.unrouted);
    }

    private void decide(Qualified q) {
        while (!releases.isEmpty() && !releases.peek().at().isAfter(q.at())) {
            state = state.released(releases.poll().rep());
        }
        Decision d = router.decide(lead(q), q.band(), directory, state, accounts, q.at());
        boolean counted = period.contains(q.at());
        if (!(d instanceof Decision.Assign a)) {
            unrouted += counted ? 1 : 0;
            return;
        }
        state = a.after();
        lastAssigned.put(q.leadId(), new OwnerAssigned(q.at(), a.rep(), LeadEngine.SYSTEM, a.why(),
                agreement.version(), a.clause()));
        q.attributes().emailDomain().ifPresent(domain -> domainOwners.put(domain, a.rep()));
        q.attributes().text(org.leadpact.lead.Attributes.COMPANY)
                .ifPresent(company -> companyOwners.put(Accounts.companyKey(company), a.rep()));
        if (q.releasedAt() != null) {
            releases.add(new Release(q.releasedAt(), a.rep()));
        }
        if (counted) {
            perRep.merge(a.rep(), 1, Integer::sum);
            byClause.merge(a.clause(), 1, Integer::sum);
        }
    }

    /** What the router looks at: the lead's attributes, and for a returning lead the replay's previous assignment. */
    private LeadState lead(Qualified q) {
        OwnerAssigned previous = lastAssigned.get(q.leadId());
        List<LeadEvent> history = previous == null || q.recycledAt() == null ? List.of() : List.of(previous);
        return new LeadState(q.leadId(), q.attributes(), Stage.MQL, null, null, null, q.recycledAt(), List.of(),
                history);
    }

    private final Accounts accounts = new Accounts() {
        @Override
        public Optional<String> ownerOfDomain(String domain) {
            return Optional.ofNullable(domainOwners.get(domain));
        }

        @Override
        public Optional<String> ownerOfCompany(String company) {
            return Optional.ofNullable(companyOwners.get(company));
        }
    };
}
