package org.leadpact.agreement;

import java.util.List;

/**
 * Which reasons may send a lead back to nurturing, whether lost opportunities go back too, and the
 * nurture track they join. A recycled lead needs new engagement after the recycle to qualify again.
 */
public record Recycling(List<RecycleReason> reasons, boolean lostOpportunities, String nurtureTrack) {
    public static final Recycling DEFAULT = new Recycling(List.of(RecycleReason.values()), true, "default");

    public Recycling {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("allow at least one recycle reason");
        }
    }

    public boolean allows(RecycleReason reason) {
        return reasons.contains(reason) && (reason != RecycleReason.LOST || lostOpportunities);
    }
}
