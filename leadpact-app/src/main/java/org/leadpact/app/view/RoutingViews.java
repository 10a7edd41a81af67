package org.leadpact.app.view;

import static org.leadpact.app.view.LeadReport.ordered;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadpact.routing.RepQueue;
import org.leadpact.sla.HotQueue;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;

/** Reps, teams and queues for programs (JSON) and people (text). */
public final class RoutingViews {
    private RoutingViews() {
    }

    public static Map<String, Object> rep(Rep r) {
        return ordered("id", r.id(), "name", r.name(), "email", r.email(), "active", r.active(), "team", r.team(),
                "timeZone", r.zone().getId(), "workingHours", r.hours().windows(), "webhook", r.webhook(), "holidays", r.holidayCountry(), "away", r.away().stream()
                        .map(a -> ordered("from", a.from().toString(), "until", a.until().toString(), "note", a.note()))
                        .toList());
    }

    public static Map<String, Object> team(Team t, List<Rep> members) {
        return ordered("id", t.id(), "name", t.name(), "manager", t.manager(), "dispatcher", t.dispatcher(),
                "timeZone", t.hasCalendar() ? t.hours().zone().getId() : null,
                "workingHours", t.hours().always() ? null : t.hours().windows(), "holidays", t.holidayCountry(),
                "members", members.stream().map(Rep::id).toList());
    }

    /**
     * The queue as JSON. The next action is the most urgent of the rep's own live SLA clocks (due time
     * in business time, with its clause); a lead with none (a hand-off under way) keeps the agreement's
     * target in calendar time ({@link RepQueue}).
     */
    public static Map<String, Object> queue(String rep, Instant at, List<HotQueue.Row> rows) {
        return ordered("rep", rep, "at", at.toString(), "leads", rows.stream().map(r -> {
            RepQueue.Item i = r.item();
            Next next = next(r);
            return ordered("lead", i.lead().id(), "name", i.lead().attributes().fullName().orElse(null),
                    "company", i.lead().attributes().text("company").orElse(null), "stage", i.lead().stage().code(),
                    "band", i.score().band(), "score", i.score().total().toBigDecimal(),
                    "nextAction", ordered("action", next.action(), "due", next.due().toString(), "clause", next.clause(),
                            "overdue", next.due().isBefore(at)),
                    "clocks", r.clocks().stream().map(c -> ordered("id", c.clock().id(), "kind", c.clock().kind().code(),
                            "status", c.clock().status().code(), "dueAt", c.clock().dueAt().toString(),
                            "minutesToDue", c.toDue().toMinutes(), "business", c.clock().business(),
                            "ticking", c.ticking(), "clause", c.clock().clause())).toList());
        }).toList());
    }

    /** What to do next on a queued lead, by when, under which clause. */
    private record Next(String action, Instant due, String clause) {
    }

    private static Next next(HotQueue.Row row) {
        return row.clocks().stream().filter(c -> c.clock().kind().sales())
                .min(java.util.Comparator.comparing(c -> c.clock().dueAt()))
                .map(c -> new Next(c.clock().kind().words(), c.clock().dueAt(), c.clock().clause()))
                .orElse(new Next(row.item().nextAction(), row.item().due(), row.item().dueClause()));
    }

    public static void printQueue(PrintWriter out, String rep, Instant at, List<HotQueue.Row> rows) {
        out.printf("Queue of %s at %s: %d open lead(s), hottest first%n", rep, at, rows.size());
        out.println("(due: the most urgent SLA clock, in business time; a hand-off under way: the agreement's target)");
        for (HotQueue.Row r : rows) {
            RepQueue.Item i = r.item();
            Next next = next(r);
            out.printf("  %-4s %7s  %-12s %-40s %s due %s%s  [%s]%n", i.score().band() == null ? "-" : i.score().band(),
                    i.score().total(), i.lead().stage().code(), i.lead().id() + i.lead().attributes().fullName()
                            .map(n -> " (" + n + ")").orElse(""), next.action(), next.due(),
                    next.due().isBefore(at) ? " OVERDUE" : "", next.clause());
        }
    }

    public static void printRep(PrintWriter out, Rep r) {
        out.printf("%-16s %-24s %-28s %-8s team %-14s %s%s%n", r.id(), r.name(), r.email() == null ? "-" : r.email(),
                r.active() ? "active" : "inactive", r.team() == null ? "-" : r.team(), r.hours(),
                r.away().isEmpty() ? "" : "; away " + r.away().stream().map(a -> a.from() + "–" + a.until()).toList());
    }
}
