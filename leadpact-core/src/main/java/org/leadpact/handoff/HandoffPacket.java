package org.leadpact.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rep needs to call a lead they were just given, as it stood when it was assigned: who
 * to call and how, the company, why it qualified (score and its top reasons, the fast-track action),
 * where it came from, what it did lately, and why this rep. Absent values are null (a packet says
 * "not known" rather than guessing). Built by {@link Packets}; rendered by {@link PacketEmail} and
 * {@link PacketPayloads}.
 *
 * @param fastTrack the fast-track action in words, or null when it qualified otherwise
 */
public record HandoffPacket(String leadId, Contact contact, Firmographics firmographics, ScoreSummary score,
                            String qualifiedBy, String fastTrack, Origin origin, List<Touch> recentActivity,
                            Routing routing) {
    public HandoffPacket {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(routing, "routing");
        recentActivity = List.copyOf(recentActivity);
    }

    public record Contact(String name, String title, String company, String phone, String email, String location,
                          String website) {
    }

    public record Firmographics(String industry, String employees, String annualRevenue) {
    }

    /** @param reasons the contributions that gave the most points, largest first */
    public record ScoreSummary(String total, String band, int threshold, List<Reason> reasons) {
        public ScoreSummary {
            reasons = List.copyOf(reasons);
        }
    }

    public record Reason(String points, String rule, String why, String clause) {
    }

    public record Origin(String source, String campaign, String offer) {
    }

    /**
     * One thing the lead did: a page seen, content downloaded, an e-mail opened or clicked...
     *
     * @param what the page, content or e-mail; null when the type says it all
     */
    public record Touch(Instant at, String type, String what) {
        /** "demo-request" or "page-view: https://acme.example/pricing for 95 s". */
        public String line() {
            return what == null ? type : type + ": " + what;
        }
    }

    /** Who received the lead and why: the routing decision as recorded in the log. */
    public record Routing(String rep, String repName, Instant at, String actor, String why, String clause,
                          String agreementVersion) {
    }

    /** "Marcus Lee (Contoso)", or whatever part is known: the packet's one-line title. */
    public String title() {
        String name = contact.name() != null ? contact.name() : contact.email() != null ? contact.email() : leadId;
        return contact.company() == null ? name : name + " (" + contact.company() + ")";
    }
}
