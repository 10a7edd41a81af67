package org.leadpact.planning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * From a revenue goal back to the qualified leads each month must bring in. No order closes before
 * one sales cycle has passed, so the orders are spread over the months after it, as evenly as whole
 * orders allow, the remainder going one each to the latest months (a ramp: the pipeline fills as the
 * year goes on). A month's qualified leads are the orders due one sales cycle later times the leads
 * per order, rounded up; the last months' leads would close next year, so this year's plan asks none.
 */
public final class ReverseFunnel {
    private ReverseFunnel() {
    }

    public static RevenuePlan plan(RevenueGoal goal) {
        long needed = goal.ordersNeeded();
        long[] orders = spread(needed, goal.salesCycleMonths());
        List<MonthPlan> months = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            int closing = m + goal.salesCycleMonths();
            long leads = closing < 12 ? Exact.up(BigDecimal.valueOf(orders[closing]).multiply(goal.leadsPerOrder()))
                    : 0;
            months.add(new MonthPlan(YearMonth.of(goal.year(), m + 1), orders[m], leads));
        }
        return new RevenuePlan(goal, needed, months);
    }

    /** Orders per month (index 0 = January): none in the first {@code cycle} months, a ramp after. */
    static long[] spread(long orders, int cycle) {
        long[] months = new long[12];
        int open = 12 - cycle;
        long each = orders / open;
        long remainder = orders % open;
        for (int m = cycle; m < 12; m++) {
            months[m] = each + (12 - m <= remainder ? 1 : 0);
        }
        return months;
    }
}
