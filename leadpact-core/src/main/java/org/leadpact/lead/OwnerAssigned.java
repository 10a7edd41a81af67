package org.leadpact.lead;

import java.time.Instant;
import java.util.Objects;

/** The lead now belongs to this rep; {@code reason} says why this rep (routing fills it in). */
public record OwnerAssigned(Instant at, String owner, String actor, String reason, String agreementVersion,
                            String clause) implements LeadEvent {
    public OwnerAssigned {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(agreementVersion, "agreementVersion");
    }
}
