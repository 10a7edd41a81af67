package org.leadpact.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A lifecycle transition. It records who did it, why, which transition rule allowed it and which
 * agreement version and clause governed the decision. {@code amount} is set only for a win.
 */
public record StageChanged(Instant at, Stage from, Stage to, String transition, String actor, String reason,
                           String agreementVersion, String clause, BigDecimal amount) implements LeadEvent {
    public StageChanged {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(agreementVersion, "agreementVersion");
    }
}
