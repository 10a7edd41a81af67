package org.leadpact.agreement;

/**
 * How an activity's points lose value with age: halve every {@code halfLife}, or drop to nothing
 * once older than {@code expiresAfter}. Exactly one is set.
 */
public record Decay(AgreedDuration halfLife, AgreedDuration expiresAfter) {
    public Decay {
        if ((halfLife == null) == (expiresAfter == null)) {
            throw new IllegalArgumentException("decay is a halfLife or an expiresAfter, not both or neither");
        }
        if ((halfLife != null && halfLife.business()) || (expiresAfter != null && expiresAfter.business())) {
            throw new IllegalArgumentException("decay runs in calendar time, not business time");
        }
    }

    @Override
    public String toString() {
        return halfLife != null ? "half-life " + halfLife : "expires after " + expiresAfter;
    }
}
