package org.leadpact.app.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Instants as data exports write them: {@code 2027-03-01T10:00:00Z} (any offset), a date
 * ({@code 2027-03-01}, midnight UTC), or a date and time without an offset
 * ({@code 2027-03-01 10:00:00} or with a {@code T}), taken as UTC.
 */
final class Instants {
    static final String FORMS = "an instant like 2027-03-01T10:00:00Z, a date like 2027-03-01, or 2027-03-01 10:00:00 "
            + "(UTC)";

    private Instants() {
    }

    /** The instant, or null when the text is none of the forms. */
    static Instant parse(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11)
                    : text;
            boolean offset = iso.endsWith("Z") || iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10;
            return offset ? OffsetDateTime.parse(iso).toInstant() : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
