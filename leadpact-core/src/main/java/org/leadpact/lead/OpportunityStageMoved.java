package org.leadpact.lead;

import java.time.Instant;
import java.util.Objects;

/** An open opportunity moved along the agreement's stage ladder. */
public record OpportunityStageMoved(Instant at, String stage, int probability, String actor,
                                    String agreementVersion) implements LeadEvent {
    public OpportunityStageMoved {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
    }
}
