package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.captured;
import static org.leadpact.LeadFixture.did;
import static org.leadpact.LeadFixture.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

class RouteCommandTest {
    private final LeadEngine engine = new LeadEngine(AgreementFixture.classic());

    private LeadState mql(Map<String, String> extra) {
        Map<String, String> attributes = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        attributes.putAll(extra);
        return Replay.run(engine, "lead-1", List.of(captured(T0, attributes),
                did(ActivityType.WEBINAR_REGISTRATION, minutes(1)))).state();
    }

    private Outcome.Accepted accepted(LeadState s, Command c) {
        return (Outcome.Accepted) engine.handle(s, c);
    }

    @Test
    void routing_makes_the_rep_the_owner_and_the_lead_stays_an_mql_until_the_hand_off() {
        Outcome.Accepted routed = accepted(mql(Map.of()), new Command.Route(minutes(1), "alice", null,
                "rule east matched (state MA): team east round-robin turn 1, alice", "routing.rules[east]"));
        assertThat(routed.state().stage()).isEqualTo(Stage.MQL);
        assertThat(routed.state().owner()).isEqualTo("alice");
        OwnerAssigned assigned = (OwnerAssigned) routed.events().get(0);
        assertThat(assigned.clause()).isEqualTo("routing.rules[east]");
        assertThat(assigned.actor()).isEqualTo(LeadEngine.SYSTEM);
        assertThat(assigned.agreementVersion()).isEqualTo("1");

        Outcome.Accepted handedOff = accepted(routed.state(), new Command.HandOff(minutes(2), "alice", "notify", null));
        assertThat(handedOff.events()).as("the owner is already alice: only the stage moves").hasSize(1)
                .allMatch(e -> e instanceof StageChanged);
        assertThat(handedOff.state().stage()).isEqualTo(Stage.HANDED_OFF);
        Outcome.Accepted toBob = accepted(routed.state(), new Command.HandOff(minutes(2), "bob", "x", null));
        assertThat(toBob.events()).hasSize(2);
        assertThat(toBob.state().owner()).isEqualTo("bob");
    }

    @Test
    void routing_is_refused_for_a_lead_that_is_not_an_mql_or_asked_not_to_be_contacted() {
        LeadState fresh = Replay.run(engine, "lead-2", List.of(captured(T0, Map.of("email", "a@b.example")))).state();
        Outcome.Rejected notMql = (Outcome.Rejected) engine.handle(fresh, new Command.Route(T0, "alice", null, "x",
                "routing.default"));
        assertThat(notMql.reason()).isEqualTo("a lead is routed while it is an MQL; this lead is new");
        Outcome.Rejected dnc = (Outcome.Rejected) engine.handle(mql(Map.of("doNotContact", "true")),
                new Command.Route(minutes(1), "alice", null, "x", "routing.default"));
        assertThat(dnc.rule()).isEqualTo("lead.doNotContact");
    }

    @Test
    void a_manager_reassigns_a_lead_with_sales_and_the_event_says_from_whom_and_why() {
        LeadState handed = accepted(mql(Map.of()), new Command.HandOff(minutes(2), "alice", "x", null)).state();
        Outcome.Accepted moved = accepted(handed, new Command.Reassign(minutes(3), "bob", "sam", "alice is overloaded"));
        OwnerAssigned o = (OwnerAssigned) moved.events().get(0);
        assertThat(o.reason()).isEqualTo("reassigned from alice: alice is overloaded");
        assertThat(o.clause()).isEqualTo("routing.reassign");
        assertThat(moved.state().stage()).isEqualTo(Stage.HANDED_OFF);
        assertThat(((Outcome.Rejected) engine.handle(moved.state(), new Command.Reassign(minutes(4), "bob", "sam",
                null))).reason()).isEqualTo("the lead already belongs to bob");
    }
}
