package org.leadpact.sla;

import java.util.Objects;
import org.leadpact.words.Codes;

/** Time a clock does not count, and why: the lead asked to be called back later, or the rep is away. */
public record Pause(Interval interval, Reason reason) {
    public enum Reason {
        CALL_BACK("the lead asked to be called back"), OUT_OF_OFFICE("the rep is out of office");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String code() {
            return Codes.code(this);
        }
    }

    public Pause {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(reason, "reason");
    }
}
