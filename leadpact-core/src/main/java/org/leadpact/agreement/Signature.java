package org.leadpact.agreement;

import java.time.Instant;
import java.util.Objects;

/** One side's signature: who signed for marketing or sales, in what role, and when. */
public record Signature(String name, String role, Instant signedAt) {
    public Signature {
        Identity.requireText(name, "name");
        Identity.requireText(role, "role");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
