package org.leadpact.planning;

import java.time.YearMonth;

/** One month of the plan: the orders due to close in it, and the qualified leads it must bring in. */
public record MonthPlan(YearMonth month, long orders, long qualifiedLeads) {
}
