package org.leadpact.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.leadpact.lead.Activity;

/**
 * A sales touch whose outcome says the lead asked to be called back on a date: {@code call-back
 * 2027-03-22} (from the start of that day in the calendar's time zone) or {@code call-back
 * 2027-03-22T15:00:00Z}. Until then the cadence and status-update clocks pause.
 */
public final class CallBack {
    public static final String OUTCOME = "call-back";

    private CallBack() {
    }

    /** When the lead asked to be called back, if this touch records such a request. */
    public static Optional<Instant> requested(Activity touch, ZoneId zone) {
        String outcome = touch.outcome();
        if (!touch.type().isSalesTouch() || outcome == null) {
            return Optional.empty();
        }
        String text = outcome.strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith(OUTCOME)) {
            return Optional.empty();
        }
        return parse(text.substring(OUTCOME.length()).replaceFirst("^[\\s:]+", ""), zone);
    }

    /** Whether an outcome that starts with "call-back" names a readable date (for input checks). */
    public static boolean readable(String outcome) {
        String text = outcome.strip().toLowerCase(Locale.ROOT);
        return !text.startsWith(OUTCOME)
                || parse(text.substring(OUTCOME.length()).replaceFirst("^[\\s:]+", ""), ZoneId.of("UTC")).isPresent();
    }

    private static Optional<Instant> parse(String when, ZoneId zone) {
        try {
            return Optional.of(when.length() == 10 ? LocalDate.parse(when).atStartOfDay(zone).toInstant()
                    : Instant.parse(when.toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
