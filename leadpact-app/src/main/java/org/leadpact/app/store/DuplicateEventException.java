package org.leadpact.app.store;

/** An event with this id is already in the log: a retried delivery, not a new fact. */
public final class DuplicateEventException extends RuntimeException {
    private final String eventId;

    public DuplicateEventException(String eventId) {
        super("event " + eventId + " is already recorded");
        this.eventId = eventId;
    }

    public String eventId() {
        return eventId;
    }
}
