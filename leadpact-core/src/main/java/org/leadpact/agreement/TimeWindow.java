package org.leadpact.agreement;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of working time within a day, e.g. 09:00–12:00. */
public record TimeWindow(LocalTime start, LocalTime end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start) && !end.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("working time " + start + "-" + end + " ends before it starts");
        }
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.effectiveEnd()) && other.start.isBefore(effectiveEnd());
    }

    private LocalTime effectiveEnd() {
        return end.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end;
    }

    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
