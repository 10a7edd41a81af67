package org.leadpact.sla;

import java.util.List;
import java.util.Objects;
import org.leadpact.agreement.Recipient;
import org.leadpact.words.Codes;

/**
 * What a clock's transition calls for: tell these people about a warning or a breach, or hand the
 * lead to the next rep. {@code clause} is the agreement clause that asks for it.
 */
public record EscalationStep(Kind kind, Clock clock, List<Recipient> recipients, String clause, String words) {
    public enum Kind {
        WARNING, BREACH, REASSIGN;

        public String code() {
            return Codes.code(this);
        }
    }

    public EscalationStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clock, "clock");
        recipients = List.copyOf(recipients);
    }
}
