package org.leadpact.planning;

import java.math.BigDecimal;

/**
 * What the basic agreement's raw lead goal starts from: a year's bookings goal, the average price of a
 * deal, and two conversion rates as shares (0.10 for 10%): lead to opportunity, opportunity to deal.
 */
public record BookingsGoal(BigDecimal bookingsGoal, BigDecimal averagePrice, BigDecimal leadToOpportunity,
                           BigDecimal opportunityToDeal) {
    public BookingsGoal {
        Exact.positive(bookingsGoal, "the bookings goal");
        Exact.positive(averagePrice, "the average price");
        Exact.rate(leadToOpportunity, "the lead-to-opportunity rate");
        Exact.rate(opportunityToDeal, "the opportunity-to-deal rate");
    }
}
