package org.leadpact.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.reports.LeadFacts;
import org.leadpact.reports.Milestone;

/**
 * The reverse funnel's inputs as a store's own history gives them: the order size is the mean amount
 * of the won deals; the sales cycle is the median time from a won lead's MQL to its win, in months of
 * 30.4375 days rounded up (at least one: a lead of this month closes this month or later); leads per
 * order are the MQLs divided by the won deals, to two decimals (half-up).
 *
 * @param leads       leads in the history
 * @param mqls        leads that were ever an MQL
 * @param won         won deals (a lead recycled and won again counts twice)
 * @param timedWins   won deals with an MQL before them, the ones the cycle is measured on
 * @param salesCycleMonths 0 (and {@code medianDaysToWin} null) when no won deal had an MQL before it
 */
public record OrderHistory(long leads, long mqls, long won, long timedWins, BigDecimal wonValue,
                           BigDecimal orderSize, BigDecimal medianDaysToWin, int salesCycleMonths,
                           BigDecimal leadsPerOrder) {
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    /** Adds up lead histories one at a time, so a large store never has to be held at once. */
    public static final class Tally {
        private long leads;
        private long mqls;
        private long won;
        private BigDecimal wonValue = BigDecimal.ZERO;
        private final List<Long> secondsToWin = new ArrayList<>();

        public void add(List<? extends LeadEvent> history) {
            leads++;
            Instant lastMql = null;
            boolean everMql = false;
            for (LeadEvent e : history) {
                if (e instanceof StageChanged s && s.to() == Stage.MQL) {
                    lastMql = s.at();
                    everMql = true;
                } else if (e instanceof StageChanged s && s.to() == Stage.WON) {
                    won++;
                    wonValue = wonValue.add(s.amount() == null ? BigDecimal.ZERO : s.amount());
                    if (lastMql != null) {
                        secondsToWin.add(Math.max(0, Duration.between(lastMql, s.at()).toSeconds()));
                    }
                }
            }
            mqls += everMql ? 1 : 0;
        }

        /**
         * The same from a lead's report facts (its stage steps), so a dashboard need not load histories.
         * Facts keep only the amount of the last win, so a lead won twice counts that amount for both.
         */
        public void add(LeadFacts f) {
            leads++;
            long lastMql = LeadFacts.NEVER;
            for (int i = 0; i < f.stepCount(); i++) {
                if (f.stepTo(i) == Stage.MQL) {
                    lastMql = f.stepAt(i);
                } else if (f.stepTo(i) == Stage.WON) {
                    won++;
                    wonValue = wonValue.add(f.wonAmount() == null ? BigDecimal.ZERO : f.wonAmount());
                    if (lastMql != LeadFacts.NEVER) {
                        secondsToWin.add(Math.max(0, f.stepAt(i) - lastMql));
                    }
                }
            }
            mqls += Milestone.MQL.ever(f) ? 1 : 0;
        }

        /** The figures, or empty when the history holds no won deal to learn them from. */
        public Optional<OrderHistory> figures() {
            if (won == 0) {
                return Optional.empty();
            }
            BigDecimal size = wonValue.divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
            BigDecimal perOrder = BigDecimal.valueOf(mqls).divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_UP);
            BigDecimal medianDays = median(secondsToWin).divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP);
            int months = secondsToWin.isEmpty() ? 0
                    : Math.max(1, medianDays.divide(DAYS_PER_MONTH, 0, RoundingMode.CEILING).intValueExact());
            return Optional.of(new OrderHistory(leads, mqls, won, secondsToWin.size(), wonValue, size,
                    secondsToWin.isEmpty() ? null : medianDays, months, perOrder));
        }

        private static BigDecimal median(List<Long> values) {
            if (values.isEmpty()) {
                return BigDecimal.ZERO;
            }
            List<Long> sorted = values.stream().sorted().toList();
            int mid = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(mid))
                    : BigDecimal.valueOf(sorted.get(mid - 1) + sorted.get(mid)).divide(BigDecimal.TWO);
        }
    }
}
