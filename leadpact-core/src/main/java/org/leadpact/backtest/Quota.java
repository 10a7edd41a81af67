package org.leadpact.backtest;

import java.time.YearMonth;
import org.leadpact.agreement.MarketingSla;

/**
 * Marketing's quota of MQLs ({@code marketingSla.quota}) as a number for each month of the period:
 * a quarterly quota is a third per month, a weekly one counts the month's days, and a month the
 * period cuts short gets its share of days.
 */
record Quota(MarketingSla sla, BacktestPeriod period) {

    boolean exists() {
        return sla.quota() > 0;
    }

    /** MQLs due in a whole calendar month, or null when the agreement sets no quota. */
    Double perMonth() {
        return exists() ? forMonth(null) : null;
    }

    /** MQLs due in the days of {@code month} that fall in the period, or null when there is no quota. */
    Double forMonth(YearMonth month) {
        if (!exists()) {
            return null;
        }
        double days = month == null ? 30.436875 : month.lengthOfMonth();
        double whole = switch (sla.quotaPeriod()) {
            case WEEK -> sla.quota() * days / 7;
            case TWO_WEEKS -> sla.quota() * days / 14;
            case MONTH -> sla.quota();
            case QUARTER -> sla.quota() / 3.0;
            case HALF_YEAR -> sla.quota() / 6.0;
            case YEAR -> sla.quota() / 12.0;
        };
        return month == null ? whole : whole * period.daysIn(month) / month.lengthOfMonth();
    }

    /** Over the whole period. */
    Double total() {
        return exists() ? period.months().stream().mapToDouble(this::forMonth).sum() : null;
    }

    static Boolean meets(int mqls, Double due) {
        return due == null ? null : mqls >= Math.ceil(due - 1e-9);
    }
}
