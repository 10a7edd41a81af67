package org.leadpact.agreement;

import java.util.List;
import org.leadpact.lead.ActivityType;

/**
 * Actions that qualify a lead at once, whatever its score, when it fits the target buyer and its
 * required information is complete: a demo request, a contact-sales request, an inbound call.
 */
public record FastTrack(List<ActivityType> activities) {
    public static final FastTrack NONE = new FastTrack(List.of());

    public FastTrack {
        activities = List.copyOf(activities);
    }
}
