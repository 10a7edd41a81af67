package org.leadpact.agreement;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of time as an agreement states it: "3 hours", "24 business hours", "14 days", "2 weeks".
 * Business durations count only working time of the business calendar (the SLA clocks measure
 * them); plain ones are calendar time.
 */
public record AgreedDuration(long amount, Unit unit, boolean business) implements Comparable<AgreedDuration> {

    public enum Unit {
        MINUTES(1), HOURS(60), DAYS(24 * 60), WEEKS(7 * 24 * 60);

        private final long minutes;

        Unit(long minutes) {
            this.minutes = minutes;
        }
    }

    private static final Pattern FORM =
            Pattern.compile("(\\d+)\\s*(business\\s+)?(minute|min|m|hour|hr|h|day|d|week|wk|w)s?", Pattern.CASE_INSENSITIVE);

    public AgreedDuration {
        if (amount <= 0) {
            throw new IllegalArgumentException("a duration must be positive");
        }
        if (unit == null) {
            throw new IllegalArgumentException("a duration needs a unit");
        }
    }

    /** Reads "30 minutes", "3 hours", "24 business hours", "14 days", "2 weeks" (also 30m, 3h, 14d, 2w). */
    public static AgreedDuration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a duration: write e.g. \"30 minutes\", \"24 business hours\", \"14 days\", \"2 weeks\"");
        }
        Unit unit = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "minute", "min", "m" -> Unit.MINUTES;
            case "hour", "hr", "h" -> Unit.HOURS;
            case "day", "d" -> Unit.DAYS;
            default -> Unit.WEEKS;
        };
        return new AgreedDuration(Long.parseLong(m.group(1)), unit, m.group(2) != null);
    }

    public static AgreedDuration of(long amount, Unit unit) {
        return new AgreedDuration(amount, unit, false);
    }

    public long minutes() {
        return amount * unit.minutes;
    }

    /** Calendar length; for business durations this is the amount of working time to count. */
    public Duration toDuration() {
        return Duration.ofMinutes(minutes());
    }

    @Override
    public int compareTo(AgreedDuration other) {
        return Long.compare(minutes(), other.minutes());
    }

    @Override
    public String toString() {
        String name = unit.name().toLowerCase(Locale.ROOT);
        if (amount == 1) {
            name = name.substring(0, name.length() - 1);
        }
        return amount + (business ? " business " : " ") + name;
    }
}
