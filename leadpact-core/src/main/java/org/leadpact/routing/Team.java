package org.leadpact.routing;

import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A sales team. {@code manager} and {@code dispatcher} are rep ids (may be null): the manager's
 * sales-manager token sees the team's leads; a team that dispatches by hand receives its leads
 * through the dispatcher (else the manager). A team may keep its own SLA calendar: working hours in
 * its time zone and a country's public holidays, which govern the clocks of members who set none of
 * their own.
 *
 * @param hours          the team's working hours with their zone; {@link WorkingHours#ALWAYS} when it sets none
 * @param holidayCountry the country whose public holidays the team's calendar keeps (ISO code), or null
 */
public record Team(String id, String name, String manager, String dispatcher, WorkingHours hours,
                   String holidayCountry) {
    public Team {
        Rep.requireId(id, "team id");
        name = name == null || name.isBlank() ? id : name.strip();
        manager = blankToNull(manager);
        dispatcher = blankToNull(dispatcher);
        hours = hours == null ? WorkingHours.ALWAYS : hours;
        holidayCountry = blankToNull(holidayCountry);
        holidayCountry = holidayCountry == null ? null : holidayCountry.toUpperCase(Locale.ROOT);
    }

    /** A team without a calendar of its own. */
    public Team(String id, String name, String manager, String dispatcher) {
        this(id, name, manager, dispatcher, null, null);
    }

    /** Who receives a hand-dispatched team's leads: the dispatcher, else the manager. */
    public String pointOfContact() {
        return dispatcher != null ? dispatcher : manager;
    }

    /** Whether the team sets any of a time zone (other than UTC), working hours and a holiday country. */
    public boolean hasCalendar() {
        return !hours.always() || !hours.zone().normalized().equals(ZoneOffset.UTC) || holidayCountry != null;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
