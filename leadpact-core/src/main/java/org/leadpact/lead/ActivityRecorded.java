package org.leadpact.lead;

import java.time.Instant;
import java.util.Objects;

/** An activity joined the lead's history. */
public record ActivityRecorded(Activity activity) implements LeadEvent {
    public ActivityRecorded {
        Objects.requireNonNull(activity, "activity");
    }

    /** Whether the event is marketing engagement only (a page view, an open, a form...), not a sales touch. */
    public static boolean isEngagement(LeadEvent event) {
        return event instanceof ActivityRecorded recorded && !recorded.activity().type().isSalesTouch();
    }

    @Override
    public Instant at() {
        return activity.at();
    }
}
