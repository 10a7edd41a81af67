package org.leadpact.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * A change to a team as the API and the CLI give it: every field may be left out (null) to keep what
 * the team has (a new team, or the API, which posts whole teams: named by its id, no manager, no
 * dispatcher, no calendar of its own). The calendar fields are checked as a rep's are
 * ({@link CalendarFields}).
 */
public record TeamChange(String id, String name, String manager, String dispatcher, String timeZone,
                         String workingHours, String holidays) {

    /** The team after the change; every bad field is reported with its name. */
    public Team applyTo(Optional<Team> existing) {
        List<Failure.FieldProblem> problems = new ArrayList<>();
        String zone = timeZone != null ? timeZone : existing.map(t -> t.hours().zone().getId()).orElse("UTC");
        String hours = workingHours != null ? workingHours : existing.map(t -> t.hours().windows()).orElse("");
        WorkingHours parsed = CalendarFields.hours(zone, hours, problems);
        CalendarFields.holidays(holidays, problems);
        Team team = null;
        try {
            team = new Team(id, name != null ? name : existing.map(Team::name).orElse(null),
                    manager != null ? manager : existing.map(Team::manager).orElse(null),
                    dispatcher != null ? dispatcher : existing.map(Team::dispatcher).orElse(null), parsed,
                    holidays != null ? holidays : existing.map(Team::holidayCountry).orElse(null));
        } catch (IllegalArgumentException e) {
            if (problems.isEmpty()) {
                problems.add(new Failure.FieldProblem("id", 0, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure.Invalid(problems.size() + " problem(s) with team " + id, problems);
        }
        return team;
    }
}
