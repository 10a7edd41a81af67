package org.leadpact.sla;

import java.util.List;

/** Small statistics for reports. */
final class Stats {
    private Stats() {
    }

    /** The nearest-rank percentile of sorted values; null for none. */
    static Long rank(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
