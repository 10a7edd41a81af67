package org.leadpact.lead;

import java.time.Instant;
import java.util.Objects;

/** An activity joined the lead's history. */
public record ActivityRecorded(Activity activity) implements LeadEvent {
    public ActivityRecorded {
        Objects.requireNonNull(activity, "activity");
    }

    @Override
    public Instant at() {
        return activity.at();
    }
}
