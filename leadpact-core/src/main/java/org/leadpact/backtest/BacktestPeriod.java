package org.leadpact.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The days a back-test looks at, {@code from} to {@code to} inclusive, in UTC; reported by calendar month. */
public record BacktestPeriod(LocalDate from, LocalDate to) {
    public BacktestPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }

    /** How many days of {@code month} fall in the period (a month may be cut at either end). */
    public int daysIn(YearMonth month) {
        LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return last.isBefore(first) ? 0 : (int) (last.toEpochDay() - first.toEpochDay() + 1);
    }
}
