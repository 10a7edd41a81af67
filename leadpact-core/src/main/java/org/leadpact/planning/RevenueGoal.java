package org.leadpact.planning;

import java.math.BigDecimal;

/**
 * What the reverse funnel starts from: a year's revenue goal, the average order size, the sales cycle
 * in whole months (a qualified lead becomes an order this many months later) and the qualified leads
 * it takes to win one order.
 */
public record RevenueGoal(BigDecimal revenueGoal, BigDecimal orderSize, int salesCycleMonths,
                          BigDecimal leadsPerOrder, int year) {
    public RevenueGoal {
        Exact.positive(revenueGoal, "the revenue goal");
        Exact.positive(orderSize, "the order size");
        Exact.positive(leadsPerOrder, "the leads per order");
        if (salesCycleMonths <= 0 || salesCycleMonths >= 12) {
            throw new IllegalArgumentException("the sales cycle must be 1 to 11 whole months (got " + salesCycleMonths
                    + (salesCycleMonths >= 12 ? "): with 12 or more, no order of this year's leads closes this year"
                    : ")"));
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("the year must be 1 to 9999 (got " + year + ")");
        }
    }

    /** The orders it takes: the goal divided by the order size, rounded up to a whole order. */
    public long ordersNeeded() {
        return Exact.upDivided(revenueGoal, orderSize);
    }
}
