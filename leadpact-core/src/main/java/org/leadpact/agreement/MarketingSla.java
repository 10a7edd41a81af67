package org.leadpact.agreement;

import java.util.Objects;

/**
 * What marketing promises sales: a quota of qualified leads per period, hand-off within a time
 * of qualifying, and complete contact data on every lead. {@code leadValueGoal} is the advanced
 * form: a goal in expected lead value per period instead of a count.
 */
public record MarketingSla(int quota, Period quotaPeriod, AgreedDuration handOffWithin, boolean completeContactData,
                           Long leadValueGoal) {
    public static final MarketingSla DEFAULT = new MarketingSla(0, Period.MONTH,
            AgreedDuration.of(3, AgreedDuration.Unit.HOURS), true, null);

    public MarketingSla {
        if (quota < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
        Objects.requireNonNull(quotaPeriod, "quotaPeriod");
        Objects.requireNonNull(handOffWithin, "handOffWithin");
    }
}
