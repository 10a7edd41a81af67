package org.leadpact.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.leadpact.calendar.WorkCalendar;

/**
 * What the clocks need besides the lead and the agreement, supplied by the shell: the agreement's
 * calendar (with public holidays), each rep's calendar (their own, else their team's; see
 * {@link org.leadpact.calendar.CalendarChoice}), each rep's absences, each rep's manager (who hears of
 * a breach), the historical average lost cycle that times stale opportunities when the agreement
 * sets no limit (null: no such clock), and in words which calendar governs each rep's clocks (null:
 * the agreement's, said nowhere).
 */
public record SlaContext(WorkCalendar agreementCalendar, Function<String, WorkCalendar> repCalendars,
                         Function<String, List<Interval>> absences, Function<String, String> managers,
                         Duration averageLostCycle, Function<String, String> calendarWords) {
    public SlaContext {
        Objects.requireNonNull(agreementCalendar, "agreementCalendar");
        repCalendars = repCalendars == null ? rep -> null : repCalendars;
        absences = absences == null ? rep -> List.of() : absences;
        managers = managers == null ? rep -> null : managers;
        calendarWords = calendarWords == null ? rep -> null : calendarWords;
    }

    /** Only the agreement's calendar: no rep calendars, absences or managers, no average lost cycle. */
    public static SlaContext of(WorkCalendar agreementCalendar) {
        return new SlaContext(agreementCalendar, null, null, null, null, null);
    }

    public SlaContext withAverageLostCycle(Duration average) {
        return new SlaContext(agreementCalendar, repCalendars, absences, managers, average, calendarWords);
    }

    public SlaContext withAbsences(Function<String, List<Interval>> newAbsences) {
        return new SlaContext(agreementCalendar, repCalendars, newAbsences, managers, averageLostCycle, calendarWords);
    }

    /** The directory's part: each rep's own calendar (null: the agreement's), absences and manager (null: none). */
    public SlaContext withReps(Function<String, WorkCalendar> calendars, Function<String, List<Interval>> newAbsences,
                               Function<String, String> newManagers) {
        return new SlaContext(agreementCalendar, calendars, newAbsences, newManagers, averageLostCycle, calendarWords);
    }

    /** Which calendar governs each rep's clocks, in words for their explanations (null: say nothing). */
    public SlaContext withCalendarWords(Function<String, String> words) {
        return new SlaContext(agreementCalendar, repCalendars, absences, managers, averageLostCycle, words);
    }

    /** In words, the calendar that governs the rep's clocks, or null when there is nothing to say. */
    public String calendarWordsFor(String rep) {
        return rep == null ? null : calendarWords.apply(rep);
    }

    /** The rep's calendar when the directory has one, else the agreement's. */
    public WorkCalendar calendarFor(String rep) {
        WorkCalendar own = rep == null ? null : repCalendars.apply(rep);
        return own == null ? agreementCalendar : own;
    }

    public List<Interval> absencesOf(String rep) {
        return rep == null ? List.of() : List.copyOf(absences.apply(rep));
    }

    /** The rep id of the rep's manager, or null when the directory knows none. */
    public String managerOf(String rep) {
        return rep == null ? null : managers.apply(rep);
    }
}
