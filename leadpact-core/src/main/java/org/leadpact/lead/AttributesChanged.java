package org.leadpact.lead;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Attributes captured or corrected (a form fill, an import, an enrichment). Blank clears. */
public record AttributesChanged(Instant at, Map<String, String> changes, String source) implements LeadEvent {
    public AttributesChanged {
        Objects.requireNonNull(at, "at");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
