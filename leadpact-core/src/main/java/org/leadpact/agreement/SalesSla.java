package org.leadpact.agreement;

import java.util.Objects;

/**
 * What sales promises marketing: a first follow-up (target, and a maximum never to exceed), a
 * cadence of touches, a status update (a disposition) within a time, and a minimum time a lead
 * is worked before it may be recycled. Stale opportunities go back to marketing after
 * {@code staleOpportunityAfter} (when unset, after the historical average lost cycle). Every SLA
 * clock warns when {@code warnAt} percent of its time is used.
 */
public record SalesSla(AgreedDuration firstFollowUpTarget, AgreedDuration firstFollowUpMaximum, int calls, int emails,
                       AgreedDuration touchesWithin, AgreedDuration statusUpdateWithin,
                       AgreedDuration minimumTimeBeforeRecycle, AgreedDuration staleOpportunityAfter, int warnAt) {

    public static final int DEFAULT_WARN_AT = 80;

    public static final SalesSla DEFAULT = new SalesSla(
            AgreedDuration.of(30, AgreedDuration.Unit.MINUTES), new AgreedDuration(24, AgreedDuration.Unit.HOURS, true),
            3, 3, AgreedDuration.of(14, AgreedDuration.Unit.DAYS), AgreedDuration.of(14, AgreedDuration.Unit.DAYS),
            AgreedDuration.of(14, AgreedDuration.Unit.DAYS), null);

    public SalesSla(AgreedDuration firstFollowUpTarget, AgreedDuration firstFollowUpMaximum, int calls, int emails,
                    AgreedDuration touchesWithin, AgreedDuration statusUpdateWithin,
                    AgreedDuration minimumTimeBeforeRecycle, AgreedDuration staleOpportunityAfter) {
        this(firstFollowUpTarget, firstFollowUpMaximum, calls, emails, touchesWithin, statusUpdateWithin,
                minimumTimeBeforeRecycle, staleOpportunityAfter, DEFAULT_WARN_AT);
    }

    public SalesSla {
        Objects.requireNonNull(firstFollowUpTarget, "firstFollowUp.target");
        Objects.requireNonNull(firstFollowUpMaximum, "firstFollowUp.maximum");
        Objects.requireNonNull(touchesWithin, "touches.within");
        Objects.requireNonNull(statusUpdateWithin, "statusUpdateWithin");
        Objects.requireNonNull(minimumTimeBeforeRecycle, "minimumTimeBeforeRecycle");
        if (calls < 0 || emails < 0) {
            throw new IllegalArgumentException("touch counts cannot be negative");
        }
        if (warnAt < 1 || warnAt > 99) {
            throw new IllegalArgumentException("warnAt is a share of the clock's time: 1% to 99%, not " + warnAt + "%");
        }
    }
}
