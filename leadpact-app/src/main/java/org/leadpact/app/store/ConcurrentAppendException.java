package org.leadpact.app.store;

/** Someone appended to this lead since the caller read it: read again, decide again, append again. */
public final class ConcurrentAppendException extends RuntimeException {
    public ConcurrentAppendException(String leadId, int expectedVersion) {
        super("lead " + leadId + " changed after version " + expectedVersion);
    }
}
