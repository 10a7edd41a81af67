package org.leadpact.app.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as the log writes them ({@link Instant#toString}: {@code 2026-03-01T14:02:00Z}, with 3, 6
 * or 9 fraction digits when there are any), read without {@code DateTimeFormatter}, whose general
 * parser was a tenth of a 20-million-event replay. Any other form goes to {@link Instant#parse}.
 */
public final class IsoInstants {
    private IsoInstants() {
    }

    /** The instant, or {@link java.time.format.DateTimeParseException} as {@link Instant#parse} throws it. */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21; // between the '.' at 19 and the 'Z'
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return Instant.parse(text);
            }
            nanos = digits(text, 20, fraction);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text); // not plain digits, or a leap second: the general parser decides
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return Instant.parse(text); // e.g. 30 February: the general parser says why
        }
    }

    /** The decimal value of {@code count} characters from {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Jackson's: the fast path for strings, JavaTimeModule's reader for anything else (numbers). */
    static final class Deserializer extends StdScalarDeserializer<Instant> {
        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    return parse(p.getText().strip());
                } catch (DateTimeException e) {
                    return (Instant) ctx.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, ctx);
        }
    }
}
