package org.leadpact.agreement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Which agreement this is, from when and for how long, why, and the words both teams agreed on. */
public record Identity(String name, String version, LocalDate effective, Term term, Period reviewEvery,
                       String purpose, Map<String, String> glossary) {
    public Identity {
        requireText(name, "name");
        requireText(version, "version");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(reviewEvery, "reviewEvery");
        glossary = Collections.unmodifiableMap(new LinkedHashMap<>(glossary));
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    public LocalDate lastDay() {
        return term.lastDay(effective);
    }
}
