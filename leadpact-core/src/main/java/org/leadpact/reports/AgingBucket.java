package org.leadpact.reports;

import java.util.Optional;

/** How long ago a rep last touched an open lead: no sales activity yet, or days since the last one. */
public enum AgingBucket {
    NO_ACTIVITY("no-activity", -1), DAYS_0_7("0-7", 7), DAYS_8_15("8-15", 15), DAYS_16_30("16-30", 30),
    DAYS_31_60("31-60", 60), DAYS_61_120("61-120", 120), OVER_120("over-120", Long.MAX_VALUE);

    private final String code;
    private final long upToDays;

    AgingBucket(String code, long upToDays) {
        this.code = code;
        this.upToDays = upToDays;
    }

    public String code() {
        return code;
    }

    public static Optional<AgingBucket> fromCode(String code) {
        for (AgingBucket b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** Whole days since the last sales touch (rounded down), or null when there is none. */
    static Long days(LeadFacts f, long now) {
        return f.lastSalesTouch() == LeadFacts.NEVER ? null : Math.max(0, Math.floorDiv(now - f.lastSalesTouch(), 86_400));
    }

    static AgingBucket of(Long days) {
        if (days == null) {
            return NO_ACTIVITY;
        }
        for (AgingBucket b : values()) {
            if (b != NO_ACTIVITY && days <= b.upToDays) {
                return b;
            }
        }
        return OVER_120;
    }
}
