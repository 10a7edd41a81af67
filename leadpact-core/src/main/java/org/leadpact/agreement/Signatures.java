package org.leadpact.agreement;

import java.util.Optional;

/**
 * Both sides' signatures. An agreement missing either can be checked and back-tested, never
 * activated: it binds nobody until both teams have signed.
 */
public record Signatures(Signature marketing, Signature sales) {
    public static final Signatures NONE = new Signatures(null, null);

    public boolean complete() {
        return marketing != null && sales != null;
    }

    public Optional<String> whyNotActivatable() {
        if (complete()) {
            return Optional.empty();
        }
        if (marketing == null && sales == null) {
            return Optional.of("signed by neither marketing nor sales");
        }
        return Optional.of(marketing == null ? "not signed by marketing" : "not signed by sales");
    }
}
