package org.leadpact.planning;

import java.util.List;

/** The twelve months of a reverse-funnel plan, and their totals. */
public record RevenuePlan(RevenueGoal goal, long ordersNeeded, List<MonthPlan> months) {
    public RevenuePlan {
        months = List.copyOf(months);
    }

    public long totalOrders() {
        return months.stream().mapToLong(MonthPlan::orders).sum();
    }

    public long totalQualifiedLeads() {
        return months.stream().mapToLong(MonthPlan::qualifiedLeads).sum();
    }
}
