package org.leadpact.backtest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.routing.RoutingLedger;

/**
 * What really happened to a lead with sales, read from its log: when it was first handed off in the
 * period and what sales made of it by the period's end; the same for its first hand-off in the
 * period after a recycle ({@code again}: what became of a recycled lead that came back); the
 * hand-offs (rep and instant) and the MQL decisions the live engine recorded in the period; and
 * the instants the lead left a rep's desk (for the routing replay's open-lead caps).
 */
public record SalesRecord(Verdict first, Verdict again, List<HandOff> handOffs, List<Instant> recordedMqls,
                          List<Instant> released, int recycledInPeriod) {

    public record HandOff(String rep, Instant at) {
    }

    /** One hand-off in the period and what sales made of it by the period's end (NOT_REACHED: no such hand-off). */
    public record Verdict(Instant handedOffAt, SalesOutcome outcome, BigDecimal wonAmount) {
        static final Verdict NONE = new Verdict(null, SalesOutcome.NOT_REACHED, null);
    }

    public SalesRecord {
        handOffs = List.copyOf(handOffs);
        recordedMqls = List.copyOf(recordedMqls);
        released = List.copyOf(released);
    }

    public Instant handedOffAt() {
        return first.handedOffAt();
    }

    public SalesOutcome outcome() {
        return first.outcome();
    }

    public BigDecimal wonAmount() {
        return first.wonAmount();
    }

    public boolean reachedSales() {
        return first.handedOffAt() != null;
    }

    /** The first instant after {@code at} at which the lead really left a rep's desk, or null. */
    public Instant releasedAfter(Instant at) {
        for (Instant r : released) {
            if (r.isAfter(at)) {
                return r;
            }
        }
        return null;
    }

    /** Follows one hand-off: from it, each stage change until the verdict is final. */
    private static final class Follow {
        private Instant handedOffAt;
        private SalesOutcome outcome = SalesOutcome.NOT_REACHED;
        private BigDecimal wonAmount;

        boolean started() {
            return handedOffAt != null;
        }

        void start(Instant at) {
            handedOffAt = at;
            outcome = SalesOutcome.OPEN;
        }

        void stage(StageChanged s) {
            if (outcome.converted()) {
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

        Verdict verdict() {
            return started() ? new Verdict(handedOffAt, outcome, wonAmount) : Verdict.NONE;
        }
    }

    /** Reads the sales side of a lead's log, for the period. */
    static final class Reader {
        private final BacktestPeriod period;
        private final Follow first = new Follow();
        private final Follow again = new Follow();
        private boolean recycled;
        private int recycledInPeriod;
        private boolean open;
        private final List<HandOff> handOffs = new ArrayList<>();
        private final List<Instant> recordedMqls = new ArrayList<>();
        private final List<Instant> released = new ArrayList<>();

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
            boolean nowOpen = RoutingLedger.OPEN.contains(s.to());
            if (open && !nowOpen) {
                released.add(s.at());
            }
            open = nowOpen;
            if (s.to() == Stage.MQL && period.contains(s.at())) {
                recordedMqls.add(s.at());
            }
            boolean handOff = s.to() == Stage.HANDED_OFF && period.contains(s.at());
            follow(first, s, handOff);
            follow(again, s, handOff && recycled);
            if (s.to() == Stage.NURTURE) {
                recycled = true;
                recycledInPeriod += period.contains(s.at()) ? 1 : 0;
            }
        }

        private static void follow(Follow f, StageChanged s, boolean handOff) {
            if (!f.started()) {
                if (handOff) {
                    f.start(s.at());
                }
                return;
            }
            f.stage(s);
        }

        SalesRecord record() {
            return new SalesRecord(first.verdict(), again.verdict(), handOffs, recordedMqls, released, recycledInPeriod);
        }
    }
}
