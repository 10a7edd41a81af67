package org.leadpact.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.captured;
import static org.leadpact.LeadFixture.did;
import static org.leadpact.LeadFixture.minutes;
import static org.leadpact.LeadFixture.viewed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;

class PacketsTest {
    private final LeadEngine engine = new LeadEngine(AgreementFixture.classic());

    private LeadState handedOff(Map<String, String> attributes) {
        Replay.Result r = Replay.run(engine, "lead-7", List.of(captured(T0, attributes),
                viewed("https://acme.example/pricing", minutes(1), 90),
                new Command.RecordActivity(org.leadpact.lead.Activity.of(ActivityType.EMAIL_CLICK, minutes(2))
                        .withSubject("Spring launch").withUrl("https://acme.example/launch")),
                did(ActivityType.DEMO_REQUEST, minutes(3)),
                new Command.HandOff(minutes(4), "alice", "router", "territory east")));
        assertThat(r.refusals()).isEmpty();
        return r.state();
    }

    private HandoffPacket packet(LeadState lead) {
        List<Assignment> assignments = Assignment.among(LeadState.empty(lead.id()), lead.history());
        assertThat(assignments).hasSize(1);
        return Packets.of(lead, assignments.get(0), engine.qualifier().assess(lead, minutes(4)), "Alice Ng");
    }

    @Test
    void a_packet_carries_contact_details_why_it_qualified_what_the_lead_did_and_why_this_rep() {
        HandoffPacket p = packet(handedOff(LeadFixture.marketingDirectorAt500EmployeeFirm()));
        assertThat(p.contact().name()).isEqualTo("Dana Whitfield");
        assertThat(p.contact().phone()).isEqualTo("+1 617 555 0142");
        assertThat(p.contact().location()).isEqualTo("Boston, MA, United States");
        assertThat(p.firmographics().employees()).isEqualTo("500");
        assertThat(p.qualifiedBy()).startsWith("qualified by fast-track");
        assertThat(p.fastTrack()).startsWith("demo-request at ");
        assertThat(p.score().reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.clause()).startsWith("scoring"));
        assertThat(p.recentActivity()).extracting(HandoffPacket.Touch::type)
                .containsExactly("demo-request", "email-click", "page-view");
        assertThat(p.recentActivity().get(1).what()).isEqualTo("Spring launch (https://acme.example/launch)");
        assertThat(p.routing().rep()).isEqualTo("alice");
        assertThat(p.routing().why()).isEqualTo("territory east");
        assertThat(p.title()).isEqualTo("Dana Whitfield (Northwind Analytics)");
    }

    @Test
    void a_lead_whose_data_looks_like_markup_is_escaped_in_the_html_and_plain_in_the_text() {
        Map<String, String> attributes = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        attributes.put("company", "<script>alert('x')</script> & Co");
        PacketEmail mail = PacketEmail.of(packet(handedOff(attributes)));
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
        assertThat(mail.text()).contains("Company: <script>alert('x')</script> & Co");
        assertThat(mail.subject()).startsWith("New lead for you: Dana Whitfield (<script>");
        assertThat(mail.text()).contains("Phone: +1 617 555 0142", "Recent activity:", "Assigned to Alice Ng (alice)");
    }

    @Test
    void the_webhook_document_and_the_slack_message_say_the_same_as_the_e_mail() {
        HandoffPacket p = packet(handedOff(LeadFixture.marketingDirectorAt500EmployeeFirm()));
        Map<String, Object> doc = PacketPayloads.webhook(p, "d-1");
        assertThat(doc).containsEntry("type", "lead.assigned").containsEntry("deliveryId", "d-1")
                .containsEntry("leadId", "lead-7");
        assertThat(doc.keySet()).containsExactly("type", "deliveryId", "leadId", "contact", "firmographics", "score",
                "qualifiedBy", "fastTrack", "origin", "recentActivity", "routing");
        Map<String, Object> slack = PacketPayloads.slack(p);
        assertThat((String) slack.get("text")).isEqualTo("New lead for Alice Ng: Dana Whitfield (Northwind Analytics)");
        assertThat((List<?>) slack.get("blocks")).hasSize(5);
        assertThat(slack.toString()).contains("+1 617 555 0142", "demo-request");
        assertThat(PacketPayloads.slackEscape("<@here> & <http://x|y>")).isEqualTo("&lt;@here&gt; &amp; &lt;http://x|y&gt;");
    }

    @Test
    void only_an_owner_change_is_an_assignment_and_its_version_is_the_events_place_in_the_log() {
        LeadState lead = handedOff(LeadFixture.marketingDirectorAt500EmployeeFirm());
        int before = lead.history().size();
        LeadState same = lead.apply(new org.leadpact.lead.OwnerAssigned(minutes(5), "alice", "router", "again", "1", "r"));
        assertThat(Assignment.among(lead, same.history().subList(before, same.history().size()))).isEmpty();
        var other = new org.leadpact.lead.OwnerAssigned(minutes(6), "bob", "manager", "reassigned", "1", "r");
        List<Assignment> changed = Assignment.among(same, List.of(other));
        assertThat(changed).singleElement().satisfies(a -> {
            assertThat(a.version()).isEqualTo(before + 2);
            assertThat(a.previousOwner()).isEqualTo("alice");
            assertThat(a.rep()).isEqualTo("bob");
        });
    }
}
