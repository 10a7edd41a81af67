package org.leadpact.handoff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leadpact.handoff.HandoffPacket.Contact;
import org.leadpact.handoff.HandoffPacket.Firmographics;
import org.leadpact.handoff.HandoffPacket.Origin;
import org.leadpact.handoff.HandoffPacket.Reason;
import org.leadpact.handoff.HandoffPacket.Routing;
import org.leadpact.handoff.HandoffPacket.ScoreSummary;
import org.leadpact.handoff.HandoffPacket.Touch;
import org.leadpact.lead.Activity;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Check;
import org.leadpact.qualification.Qualification;
import org.leadpact.scoring.Score;

/** Builds the packet of an assignment from the lead as it stood then and its qualification then. */
public final class Packets {
    /** How many score reasons and recent activities a packet shows. */
    public static final int TOP_REASONS = 5;
    public static final int RECENT_ACTIVITIES = 10;

    private static final String FAST_TRACK_WORDS = "fast-track action: ";

    private Packets() {
    }

    /**
     * @param lead    the lead folded up to and including the assignment
     * @param q       its qualification at the moment of the assignment
     * @param repName the rep's name from the directory, or null when unknown
     */
    public static HandoffPacket of(LeadState lead, Assignment assignment, Qualification q, String repName) {
        Attributes a = lead.attributes();
        Contact contact = new Contact(a.fullName().orElse(null), text(a, Attributes.TITLE), text(a, Attributes.COMPANY),
                text(a, Attributes.PHONE), text(a, Attributes.EMAIL), location(a), text(a, Attributes.WEBSITE));
        Firmographics firm = new Firmographics(text(a, Attributes.INDUSTRY), text(a, Attributes.EMPLOYEES),
                text(a, Attributes.ANNUAL_REVENUE));
        Score s = q.score();
        List<Reason> reasons = s.topReasons(TOP_REASONS).stream()
                .map(c -> new Reason(c.points().toString(), c.rule(), c.reason(), c.clause())).toList();
        Origin origin = new Origin(text(a, Attributes.SOURCE), text(a, Attributes.CAMPAIGN), text(a, Attributes.OFFER));
        var e = assignment.event();
        Routing routing = new Routing(e.owner(), repName, e.at(), e.actor(), e.reason(), e.clause(), e.agreementVersion());
        return new HandoffPacket(lead.id(), contact, firm, new ScoreSummary(s.total().toString(), s.band(),
                s.threshold(), reasons), q.qualified() ? q.summary() : null, fastTrack(q).orElse(null), origin,
                recent(lead), routing);
    }

    private static Optional<String> fastTrack(Qualification q) {
        return q.checks().stream().filter(c -> c.kind() == Check.Kind.FAST_TRACK && c.met()).map(Check::words)
                .map(w -> w.startsWith(FAST_TRACK_WORDS) ? w.substring(FAST_TRACK_WORDS.length()) : w).findFirst();
    }

    /** The latest marketing activities, newest first: what the lead looked at, read and answered. */
    private static List<Touch> recent(LeadState lead) {
        return lead.activities().stream().filter(act -> !act.type().isSalesTouch())
                .sorted(Comparator.comparing(Activity::at).reversed()).limit(RECENT_ACTIVITIES)
                .map(act -> new Touch(act.at(), act.type().code(), Touchpoints.describe(act))).toList();
    }

    private static String location(Attributes a) {
        String joined = String.join(", ", java.util.stream.Stream.of(Attributes.CITY, Attributes.STATE, Attributes.COUNTRY)
                .map(name -> a.text(name).orElse(null)).filter(v -> v != null).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Attributes a, String name) {
        return a.text(name).orElse(null);
    }
}
