package org.leadpact.app.metrics;

import java.time.Duration;

/**
 * What the event log and the use cases report as they work. A small interface rather than a global
 * registry, so that commands which serve no metrics (the CLI) pass {@link #NONE} and tests can count.
 */
public interface Metrics {
    /** Reports nothing: for commands that do not serve {@code /metrics}. */
    Metrics NONE = new Metrics() {
        @Override
        public void eventAppended(String eventType) {
        }

        @Override
        public void activityArrived(String activityType, Duration lateness) {
        }
    };

    /** One event of this type is now in the log (its transaction committed). */
    void eventAppended(String eventType);

    /**
     * An activity was received (recorded, or held for an anonymous visitor) this long after it
     * happened: the ingest lag of the system that sent it.
     */
    void activityArrived(String activityType, Duration lateness);
}
