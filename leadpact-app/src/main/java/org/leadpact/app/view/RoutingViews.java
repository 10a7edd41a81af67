package org.leadpact.app.view;

import static org.leadpact.app.view.LeadReport.ordered;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadpact.routing.RepQueue;
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

    public static Map<String, Object> queue(String rep, Instant at, List<RepQueue.Item> items) {
        return ordered("rep", rep, "at", at.toString(), "leads", items.stream().map(i -> ordered(
                "lead", i.lead().id(), "name", i.lead().attributes().fullName().orElse(null),
                "company", i.lead().attributes().text("company").orElse(null), "stage", i.lead().stage().code(),
                "band", i.score().band(), "score", i.score().total().toBigDecimal(),
                "nextAction", ordered("action", i.nextAction(), "due", i.due().toString(), "clause", i.dueClause(),
                        "overdue", i.due().isBefore(at)))).toList());
    }

    public static void printQueue(PrintWriter out, String rep, Instant at, List<RepQueue.Item> items) {
        out.printf("Queue of %s at %s: %d open lead(s), hottest first%n", rep, at, items.size());
        out.println("(due times: salesSla targets in calendar time, until SLA clocks take over)");
        for (RepQueue.Item i : items) {
            out.printf("  %-4s %7s  %-12s %-40s %s due %s%s  [%s]%n", i.score().band() == null ? "-" : i.score().band(),
                    i.score().total(), i.lead().stage().code(), i.lead().id() + i.lead().attributes().fullName()
                            .map(n -> " (" + n + ")").orElse(""), i.nextAction(), i.due(),
                    i.due().isBefore(at) ? " OVERDUE" : "", i.dueClause());
        }
    }

    public static void printRep(PrintWriter out, Rep r) {
        out.printf("%-16s %-24s %-28s %-8s team %-14s %s%s%n", r.id(), r.name(), r.email() == null ? "-" : r.email(),
                r.active() ? "active" : "inactive", r.team() == null ? "-" : r.team(), r.hours(),
                r.away().isEmpty() ? "" : "; away " + r.away().stream().map(a -> a.from() + "–" + a.until()).toList());
    }
}
