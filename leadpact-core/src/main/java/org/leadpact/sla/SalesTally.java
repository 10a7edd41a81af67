package org.leadpact.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rep's or team's clocks, counted as they are added. */
final class SalesTally {
    private int met;
    private int breached;
    private int open;
    private final List<Long> firstFollowUp = new ArrayList<>();
    private final Map<String, Integer> touches = new LinkedHashMap<>();
    private final List<ComplianceReport.Breach> breaches = new ArrayList<>();

    SalesTally() {
        for (String bucket : List.of("0", "1", "2", "3", "4", "5", "6+")) {
            touches.put(bucket, 0);
        }
    }

    void add(Compliance.Judged j, Clock c, SlaContext context, Instant now) {
        switch (c.status()) {
            case MET -> met++;
            case BREACHED -> {
                breached++;
                breaches.add(new ComplianceReport.Breach(c.leadId(), c.id(), c.kind(), c.owner(), c.dueAt(), c.clause()));
            }
            case RUNNING, PAUSED -> open++;
            case CANCELLED -> { }
        }
        if (c.kind() == ClockKind.FIRST_FOLLOW_UP) {
            if (c.stoppedAt() != null) {
                firstFollowUp.add(context.calendarFor(c.owner()).between(c.startedAt(), c.stoppedAt()).toMinutes());
            }
            int n = Compliance.touchesIn(j.lead(), c.startedAt(), nextHandOff(j, c, now));
            touches.merge(n >= 6 ? "6+" : String.valueOf(n), 1, Integer::sum);
        }
    }

    private static Instant nextHandOff(Compliance.Judged j, Clock c, Instant now) {
        return j.clocks().stream().filter(o -> o.kind() == ClockKind.FIRST_FOLLOW_UP && o.cycle() == c.cycle() + 1)
                .map(Clock::startedAt).findFirst().orElse(now.plusNanos(1));
    }

    ComplianceReport.SalesLine line(String group) {
        List<Long> sorted = firstFollowUp.stream().sorted().toList();
        return new ComplianceReport.SalesLine(group, met, breached, open, Compliance.share(met, met + breached),
                Stats.rank(sorted, 50), Stats.rank(sorted, 90), touches, breaches);
    }
}
