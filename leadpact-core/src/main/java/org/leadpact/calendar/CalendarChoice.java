package org.leadpact.calendar;

import java.util.Objects;
import java.util.Optional;
import org.leadpact.agreement.BusinessCalendar;

/**
 * Which business calendar governs a rep's clocks, and why: the rep's own calendar wins, then their
 * team's, then the agreement's. The directory of reps and teams supplies the first two.
 *
 * @param source "rep", "team" or "agreement"
 * @param clause where the calendar is written down, e.g. {@code calendar} or {@code reps[anna].calendar}
 */
public record CalendarChoice(BusinessCalendar calendar, String source, String clause) {
    public CalendarChoice {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(source, "source");
    }

    public static CalendarChoice resolve(String rep, Optional<BusinessCalendar> repCalendar, String team,
                                         Optional<BusinessCalendar> teamCalendar, BusinessCalendar agreementCalendar) {
        if (repCalendar.isPresent()) {
            return new CalendarChoice(repCalendar.get(), "rep", "reps[" + rep + "].calendar");
        }
        if (teamCalendar.isPresent()) {
            return new CalendarChoice(teamCalendar.get(), "team", "teams[" + team + "].calendar");
        }
        return new CalendarChoice(agreementCalendar, "agreement", "calendar");
    }

    /** In words, for explanations: "the rep's own calendar (Europe/Berlin)". */
    public String words() {
        String whose = switch (source) {
            case "rep" -> "the rep's own calendar";
            case "team" -> "the team's calendar";
            default -> "the agreement's calendar";
        };
        return whose + " (" + calendar.timeZone().getId() + ")";
    }
}
