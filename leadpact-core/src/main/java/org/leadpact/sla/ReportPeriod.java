package org.leadpact.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadpact.agreement.Period;

/**
 * The days a report covers, {@code from} included, {@code until} excluded, in the agreement calendar's
 * time zone: a month ({@code 2027-03}), a quarter ({@code 2027-Q1}), an ISO week ({@code 2027-W10}), a
 * year ({@code 2027}), or any span of days.
 */
public record ReportPeriod(String label, LocalDate from, LocalDate until) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public ReportPeriod {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** Reads 2027-03, 2027-Q1, 2027-W10 or 2027; anything else is refused with the forms it may take. */
    public static ReportPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher q = QUARTER.matcher(t);
            if (q.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
                return new ReportPeriod(t, start, start.plusMonths(3));
            }
            Matcher w = WEEK.matcher(t);
            if (w.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new ReportPeriod(t, start, start.plusWeeks(1));
            }
            if (t.matches("\\d{4}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(t), 1, 1);
                return new ReportPeriod(t, start, start.plusYears(1));
            }
            YearMonth month = YearMonth.parse(t);
            return new ReportPeriod(t, month.atDay(1), month.plusMonths(1).atDay(1));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a period: write a month (2027-03), a quarter "
                    + "(2027-Q1), a week (2027-W10) or a year (2027)");
        }
    }

    /** A named period, or from and to (both included); exactly one of the two forms. */
    public static ReportPeriod of(String period, LocalDate from, LocalDate to) {
        if (period != null && (from != null || to != null)) {
            throw new IllegalArgumentException("give a period or from and to, not both");
        }
        if (period != null) {
            return parse(period);
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("give a period (2027-03, 2027-Q1, 2027-W10, 2027) or from and to");
        }
        return between(from, to);
    }

    /** From one day to another, both included. */
    public static ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from + ".." + to, from, to.plusDays(1));
    }

    public ReportPeriod withLabel(String newLabel) {
        return new ReportPeriod(newLabel, from, until);
    }

    /** The quota periods (weeks, months or quarters) that start within this period, clipped to it. */
    public List<ReportPeriod> buckets(Period quotaPeriod) {
        List<ReportPeriod> buckets = new ArrayList<>();
        LocalDate start = startOf(from, quotaPeriod);
        while (start.isBefore(until)) {
            LocalDate end = next(start, quotaPeriod);
            LocalDate clippedFrom = start.isBefore(from) ? from : start;
            LocalDate clippedTo = end.isAfter(until) ? until : end;
            buckets.add(new ReportPeriod(name(start, quotaPeriod), clippedFrom, clippedTo));
            start = end;
        }
        return buckets;
    }

    private static LocalDate startOf(LocalDate day, Period p) {
        return switch (p) {
            case WEEK, TWO_WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
            default -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, Period p) {
        return switch (p) {
            case WEEK -> start.plusWeeks(1);
            case TWO_WEEKS -> start.plusWeeks(2);
            case QUARTER -> start.plusMonths(3);
            case HALF_YEAR -> start.plusMonths(6);
            case YEAR -> start.plusYears(1);
            default -> start.plusMonths(1);
        };
    }

    private static String name(LocalDate start, Period p) {
        return switch (p) {
            case WEEK, TWO_WEEKS -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(java.util.Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.valueOf(start.getYear());
            default -> YearMonth.from(start).toString();
        };
    }
}
