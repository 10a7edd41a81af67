package org.leadpact.planning;

import java.math.BigDecimal;

/**
 * The raw lead goal: the deals the bookings goal takes, the opportunities those deals take, and the
 * leads those opportunities take, for the year and for a month. Each figure is a whole number rounded
 * up, computed from the one before it as rounded (a whole deal needs whole opportunities); a month's
 * figure is the year's divided by 12 and rounded up, so twelve months cover the year.
 */
public record LeadGoal(BookingsGoal goal, Need year, Need perMonth) {
    /** Deals, opportunities and leads needed. */
    public record Need(long deals, long opportunities, long leads) {
    }

    public static LeadGoal of(BookingsGoal goal) {
        long deals = Exact.upDivided(goal.bookingsGoal(), goal.averagePrice());
        long opportunities = Exact.upDivided(BigDecimal.valueOf(deals), goal.opportunityToDeal());
        long leads = Exact.upDivided(BigDecimal.valueOf(opportunities), goal.leadToOpportunity());
        return new LeadGoal(goal, new Need(deals, opportunities, leads),
                new Need(monthly(deals), monthly(opportunities), monthly(leads)));
    }

    private static long monthly(long year) {
        return Exact.upDivided(BigDecimal.valueOf(year), BigDecimal.valueOf(12));
    }
}
