package org.leadpact.routing;

/**
 * A sales team. {@code manager} and {@code dispatcher} are rep ids (may be null): the manager's
 * sales-manager token sees the team's leads; a team that dispatches by hand receives its leads
 * through the dispatcher (else the manager).
 */
public record Team(String id, String name, String manager, String dispatcher) {
    public Team {
        Rep.requireId(id, "team id");
        name = name == null || name.isBlank() ? id : name.strip();
        manager = blankToNull(manager);
        dispatcher = blankToNull(dispatcher);
    }

    /** Who receives a hand-dispatched team's leads: the dispatcher, else the manager. */
    public String pointOfContact() {
        return dispatcher != null ? dispatcher : manager;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
