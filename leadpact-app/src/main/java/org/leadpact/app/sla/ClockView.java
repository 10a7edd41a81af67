package org.leadpact.app.sla;

import java.time.Instant;
import java.util.Map;
import org.leadpact.app.view.LeadReport;
import org.leadpact.sla.Clock;

/** A clock as JSON: its state, times, measured minutes, pauses, clause and explanation. */
public final class ClockView {
    private ClockView() {
    }

    public static Map<String, Object> of(Clock c) {
        return LeadReport.ordered("id", c.id(), "kind", c.kind().code(), "cycle", c.cycle(), "owner", c.owner(),
                "status", c.status().code(), "warned", c.warned(), "startedAt", text(c.startedAt()),
                "targetAt", text(c.targetAt()), "warnAt", text(c.warnAt()), "dueAt", text(c.dueAt()),
                "stoppedAt", text(c.stoppedAt()), "reassignAt", text(c.reassignAt()),
                "business", c.business(), "budgetMinutes", c.budget().toMinutes(), "usedMinutes", c.used().toMinutes(),
                "pausedMinutes", c.paused().toMinutes(),
                "pauses", c.pauses().stream().map(p -> LeadReport.ordered("reason", p.reason().code(),
                        "from", text(p.interval().from()), "until", text(p.interval().until()))).toList(),
                "agreementVersion", c.agreementVersion(), "clause", c.clause(), "explanation", c.explanation());
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
