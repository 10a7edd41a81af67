package org.leadpact.app.service;

import java.util.List;
import org.leadpact.app.sla.PublicHolidays;
import org.leadpact.routing.WorkingHours;

/**
 * The calendar fields a rep and a team share, checked the same way for both: {@code timeZone},
 * {@code workingHours} (read in that zone) and {@code holidays} (a country whose public holidays are
 * known). Each bad field is added to the problems with its name.
 */
final class CalendarFields {
    private CalendarFields() {
    }

    /** The working hours in their zone, or null when either is bad (reported). */
    static WorkingHours hours(String zone, String hours, List<Failure.FieldProblem> problems) {
        int before = problems.size();
        try {
            WorkingHours.parse("", zone);
        } catch (IllegalArgumentException e) {
            problems.add(new Failure.FieldProblem("timeZone", 0, e.getMessage()));
        }
        try {
            return WorkingHours.parse(hours, problems.size() == before ? zone : "UTC");
        } catch (IllegalArgumentException e) {
            problems.add(new Failure.FieldProblem("workingHours", 0, e.getMessage()));
            return null;
        }
    }

    static void holidays(String country, List<Failure.FieldProblem> problems) {
        if (country != null && !country.isBlank() && !PublicHolidays.knows(country.strip())) {
            problems.add(new Failure.FieldProblem("holidays", 0, "no public holidays are known for country '"
                    + country + "' (write an ISO code such as DE, US, GB)"));
        }
    }
}
