package org.leadpact.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.calendar.WorkCalendar;

/**
 * How a clock counts time: business time of a calendar, or plain elapsed time. Pauses are taken out:
 * a due time is where the budget is used up counting only unpaused time, so a pause pushes it out.
 */
public sealed interface Meter {
    Instant plus(Instant from, Duration amount);

    Duration between(Instant from, Instant to);

    record Business(WorkCalendar calendar) implements Meter {
        public Instant plus(Instant from, Duration amount) {
            return calendar.plus(from, amount);
        }

        public Duration between(Instant from, Instant to) {
            return calendar.between(from, to);
        }
    }

    record Elapsed() implements Meter {
        public Instant plus(Instant from, Duration amount) {
            return from.plus(amount);
        }

        public Duration between(Instant from, Instant to) {
            return Duration.between(from, to);
        }
    }

    static Meter of(AgreedDuration duration, WorkCalendar calendar) {
        return duration.business() ? new Business(calendar) : new Elapsed();
    }

    /** When {@code budget} of unpaused time has passed since {@code start}. */
    default Instant due(Instant start, Duration budget, List<Interval> pauses) {
        Instant cursor = start;
        Duration left = budget;
        for (Interval p : merged(pauses)) {
            if (!p.until().isAfter(cursor)) {
                continue;
            }
            if (p.from().isAfter(cursor)) {
                Instant reached = plus(cursor, left);
                if (!reached.isAfter(p.from())) {
                    return reached;
                }
                left = left.minus(between(cursor, p.from()));
            }
            cursor = p.until();
        }
        return plus(cursor, left);
    }

    /** Counted time of the pauses between {@code start} and {@code end}. */
    default Duration paused(Instant start, Instant end, List<Interval> pauses) {
        Duration total = Duration.ZERO;
        for (Interval p : merged(pauses)) {
            Instant from = p.from().isAfter(start) ? p.from() : start;
            Instant until = p.until().isBefore(end) ? p.until() : end;
            if (from.isBefore(until)) {
                total = total.plus(between(from, until));
            }
        }
        return total;
    }

    /** Sorted, with overlapping or touching pauses joined. */
    static List<Interval> merged(List<Interval> pauses) {
        List<Interval> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Interval::from));
        List<Interval> joined = new ArrayList<>();
        for (Interval p : sorted) {
            Interval last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && !p.from().isAfter(last.until())) {
                joined.set(joined.size() - 1, new Interval(last.from(), p.until().isAfter(last.until()) ? p.until()
                        : last.until()));
            } else {
                joined.add(p);
            }
        }
        return joined;
    }
}
