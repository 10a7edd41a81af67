package org.leadpact.sla;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.routing.RepQueue;

/**
 * A rep's open leads as the rep works them: hottest first by score, then by the SLA deadline nearest
 * (or longest overdue), each with the countdowns of the clocks the rep still has to beat. Judged
 * under the engine's agreement at {@code now}; a lead with no live clock goes after those with one.
 */
public final class HotQueue {
    private HotQueue() {
    }

    /** One lead on the queue: its score and next action ({@link RepQueue.Item}) and its live clocks. */
    public record Row(RepQueue.Item item, List<Countdown> clocks) {
        public Row {
            clocks = List.copyOf(clocks);
        }

        /** The due time of the most urgent live clock. */
        public Optional<Instant> nextDue() {
            return clocks.stream().map(c -> c.clock().dueAt()).min(Comparator.naturalOrder());
        }
    }

    public static List<Row> of(LeadEngine engine, List<LeadState> leads, SlaContext context, Instant now) {
        return RepQueue.of(engine, leads, now).stream()
                .map(item -> new Row(item, Clocks.of(item.lead(), engine.agreement(), context, now).stream()
                        .filter(Countdown::live).map(c -> Countdown.of(c, context, now))
                        .sorted(Comparator.comparing(c -> c.clock().dueAt())).toList()))
                .sorted(Comparator.comparing((Row r) -> r.item().score().total(), Comparator.reverseOrder())
                        .thenComparing(r -> r.nextDue().orElse(Instant.MAX))
                        .thenComparing(r -> r.item().lead().id()))
                .toList();
    }
}
