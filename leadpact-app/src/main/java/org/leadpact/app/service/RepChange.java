package org.leadpact.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.routing.Rep;
import org.leadpact.routing.WorkingHours;

/**
 * A change to a rep as the API, the CLI and CSV import give it: every field may be left out (null) to
 * keep what the rep has, or the default for a new rep (named by their id, active, any time, UTC).
 */
public record RepChange(String id, String name, String email, Boolean active, String team, String timeZone,
                        String workingHours, String webhook, String holidays) {
    /** A change that leaves the rep's webhook and holiday country as they are. */
    public RepChange(String id, String name, String email, Boolean active, String team, String timeZone,
                     String workingHours) {
        this(id, name, email, active, team, timeZone, workingHours, null, null);
    }

    /** The rep after the change; every bad field is reported with its name. */
    public Rep applyTo(Optional<Rep> existing) {
        List<Failure.FieldProblem> problems = new ArrayList<>();
        String zone = timeZone != null ? timeZone : existing.map(r -> r.zone().getId()).orElse("UTC");
        String hours = workingHours != null ? workingHours : existing.map(r -> r.hours().windows()).orElse("");
        WorkingHours parsed = CalendarFields.hours(zone, hours, problems);
        if (org.leadpact.app.notify.Recipients.MARKETING_OPERATIONS.equals(id)) {
            problems.add(new Failure.FieldProblem("id", 0, "'" + id + "' is the name marketing operations is notified "
                    + "by; a rep cannot take it"));
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Failure.FieldProblem("email", 0, "'" + email + "' is not an e-mail address"));
        }
        if (webhook != null && !webhook.isBlank() && !webhook.strip().matches("(?i)https?://\\S+")) {
            problems.add(new Failure.FieldProblem("webhook", 0, "'" + webhook + "' is not an http(s) URL"));
        }
        CalendarFields.holidays(holidays, problems);
        Rep rep = null;
        try {
            rep = new Rep(id, name != null ? name : existing.map(Rep::name).orElse(null),
                    email != null ? email : existing.map(Rep::email).orElse(null),
                    active != null ? active : existing.map(Rep::active).orElse(true),
                    team != null ? team : existing.map(Rep::team).orElse(null), parsed,
                    existing.map(Rep::away).orElse(List.of()),
                    webhook != null ? webhook : existing.map(Rep::webhook).orElse(null),
                    holidays != null ? holidays : existing.map(Rep::holidayCountry).orElse(null));
        } catch (IllegalArgumentException e) {
            if (problems.isEmpty()) {
                problems.add(new Failure.FieldProblem("id", 0, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems.size() + " problem(s) with rep " + id, problems);
        }
        return rep;
    }
}
