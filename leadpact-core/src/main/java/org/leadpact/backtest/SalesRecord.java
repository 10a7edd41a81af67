package org.leadpact.backtest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/**
 * What really happened to a lead with sales, read from its log: when it was first handed off in the
 * period, what sales made of it by the period's end, the hand-offs (rep and instant) and the MQL
 * decisions the live engine recorded in the period.
 */
public record SalesRecord(Instant handedOffAt, SalesOutcome outcome, BigDecimal wonAmount, List<HandOff> handOffs,
                          List<Instant> recordedMqls) {

    public record HandOff(String rep, Instant at) {
    }

    public SalesRecord {
        handOffs = List.copyOf(handOffs);
        recordedMqls = List.copyOf(recordedMqls);
    }

    public boolean reachedSales() {
        return handedOffAt != null;
    }

    /** Reads the sales side of a lead's log, for the period. */
    static final class Reader {
        private final BacktestPeriod period;
        private Instant handedOffAt;
        private SalesOutcome outcome = SalesOutcome.NOT_REACHED;
        private BigDecimal wonAmount;
        private final List<HandOff> handOffs = new ArrayList<>();
        private final List<Instant> recordedMqls = new ArrayList<>();

        Reader(BacktestPeriod period) {
            this.period = period;
        }

        void read(LeadEvent event) {
            switch (event) {
                case OwnerAssigned o when period.contains(o.at()) -> handOffs.add(new HandOff(o.owner(), o.at()));
                case StageChanged s when !s.at().isBefore(period.end()) -> { }
                case StageChanged s -> stage(s);
                default -> { }
            }
        }

        private void stage(StageChanged s) {
            if (s.to() == Stage.MQL && period.contains(s.at())) {
                recordedMqls.add(s.at());
            }
            if (s.to() == Stage.HANDED_OFF && handedOffAt == null && period.contains(s.at())) {
                handedOffAt = s.at();
                outcome = SalesOutcome.OPEN;
                return;
            }
            if (handedOffAt == null || outcome.converted()) {
                if (s.to() == Stage.WON && outcome == SalesOutcome.OPPORTUNITY) {
                    outcome = SalesOutcome.WON;
                    wonAmount = s.amount();
                }
                return;
            }
            outcome = switch (s.to()) {
                case OPPORTUNITY -> SalesOutcome.OPPORTUNITY;
                case WON -> SalesOutcome.WON;
                case DISQUALIFIED -> SalesOutcome.TRASHED;
                case NURTURE -> SalesOutcome.RECYCLED;
                default -> outcome;
            };
            if (outcome == SalesOutcome.WON) {
                wonAmount = s.amount();
            }
        }

        SalesRecord record() {
            return new SalesRecord(handedOffAt, outcome, wonAmount, handOffs, recordedMqls);
        }
    }
}
