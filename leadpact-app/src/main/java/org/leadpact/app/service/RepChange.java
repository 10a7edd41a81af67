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
        WorkingHours parsed = null;
        try {
            WorkingHours.parse("", zone);
        } catch (IllegalArgumentException e) {
            problems.add(new Failure.FieldProblem("timeZone", 0, e.getMessage()));
        }
        try {
            parsed = WorkingHours.parse(hours, problems.isEmpty() ? zone : "UTC");
        } catch (IllegalArgumentException e) {
            problems.add(new Failure.FieldProblem("workingHours", 0, e.getMessage()));
        }
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
        if (holidays != null && !holidays.isBlank() && !org.leadpact.app.sla.PublicHolidays.knows(holidays.strip())) {
            problems.add(new Failure.FieldProblem("holidays", 0, "no public holidays are known for country '"
                    + holidays + "' (write an ISO code such as DE, US, GB)"));
        }
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
