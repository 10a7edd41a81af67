package org.leadpact.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: from (inclusive) to (exclusive), in UTC; a null bound is open. {@code label} names
 * it as asked ("2027-Q1", "2027-03", "2027", or the dates).
 */
public record Range(Instant from, Instant to, String label) {
    public static final Range ALL = new Range(null, null, "all time");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Range {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** A named period: a year ({@code 2027}), a quarter ({@code 2027-Q1}) or a month ({@code 2027-03}). */
    public static Range period(String text) {
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return days(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), text);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3 - 2, 1);
            return days(start, start.plusMonths(3), text);
        }
        if ((m = MONTH.matcher(text)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return days(month.atDay(1), month.plusMonths(1).atDay(1), text);
        }
        throw new IllegalArgumentException("'" + text + "' is not a period: write a year (2027), a quarter (2027-Q1) "
                + "or a month (2027-03)");
    }

    /** From the start of {@code first} to the end of {@code last} (both days included); either may be null. */
    public static Range dates(LocalDate first, LocalDate last) {
        if (first == null && last == null) {
            return ALL;
        }
        String label = (first == null ? "" : first.toString()) + ".." + (last == null ? "" : last.toString());
        return days(first, last == null ? null : last.plusDays(1), label);
    }

    private static Range days(LocalDate from, LocalDate toExclusive, String label) {
        return new Range(from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toExclusive == null ? null : toExclusive.atStartOfDay(ZoneOffset.UTC).toInstant(), label);
    }

    public boolean contains(long epochSecond) {
        return epochSecond != LeadFacts.NEVER && (from == null || epochSecond >= from.getEpochSecond())
                && (to == null || epochSecond < to.getEpochSecond());
    }

    /** The start as an epoch second; the earliest possible for an open start. */
    long fromSecond() {
        return from == null ? LeadFacts.NEVER + 1 : from.getEpochSecond();
    }
}
