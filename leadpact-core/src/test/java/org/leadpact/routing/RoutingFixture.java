package org.leadpact.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;

/** Agreements with routing clauses, reps and qualified leads for routing tests. */
final class RoutingFixture {
    static final Instant MONDAY_NOON = Instant.parse("2027-03-01T12:00:00Z");

    private RoutingFixture() {
    }

    static Agreement withRouting(Routing routing) {
        Agreement a = AgreementFixture.classic();
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), routing, null, null, null, null, null, null, null);
    }

    /** East-coast leads to team east, the rest to inside-sales. */
    static Routing eastThenInside(TeamPolicy... policies) {
        Map<String, TeamPolicy> teams = new java.util.LinkedHashMap<>();
        for (TeamPolicy p : policies) {
            teams.put(p.team(), p);
        }
        return new Routing(List.of(new RoutingRule("east", Map.of("state", List.of("NY", "MA")), null, "east")),
                null, "inside-sales", teams, true, true);
    }

    static Rep rep(String id, String team) {
        return new Rep(id, id, id + "@example.com", true, team, WorkingHours.ALWAYS, List.of());
    }

    static List<Rep> reps(String team, String... ids) {
        List<Rep> reps = new ArrayList<>();
        for (String id : ids) {
            reps.add(rep(id, team));
        }
        return reps;
    }

    /** An MQL lead with these attributes on top of the classic fit profile (Boston, MA). */
    static LeadState mql(String id, Map<String, String> overrides) {
        Map<String, String> attributes = new java.util.HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        attributes.putAll(overrides);
        Replay.Result r = Replay.run(new LeadEngine(AgreementFixture.classic()), id, List.of(
                new Command.UpdateAttributes(LeadFixture.T0, attributes, "form"),
                LeadFixture.did(ActivityType.DEMO_REQUEST, LeadFixture.minutes(1))));
        return r.state();
    }
}
