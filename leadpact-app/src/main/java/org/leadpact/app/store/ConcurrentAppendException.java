package org.leadpact.app.store;

/** Someone appended to this lead since the caller read it: read again, decide again, append again. */
public final class ConcurrentAppendException extends RuntimeException {
    public ConcurrentAppendException(String leadId, int expectedVersion) {
        super("lead " + leadId + " changed after version " + expectedVersion);
    }

    /** For an append to several leads, when the database does not say which of them changed. */
    public ConcurrentAppendException(String leads) {
        super(leads + ": one of them changed after it was read");
    }
}
