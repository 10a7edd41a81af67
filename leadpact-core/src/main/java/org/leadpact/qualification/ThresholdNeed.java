package org.leadpact.qualification;

import java.util.function.LongSupplier;
import org.leadpact.agreement.QualificationRule;

/**
 * What a lead needs from the score threshold to qualify at one instant, the rest of the definition
 * staying as it is: nothing (it qualifies whatever the threshold: a fast-track action, or behaviour
 * alone suffices), the impossible (it cannot qualify at any threshold), or a threshold of at most
 * {@code points} (its score in whole points). A back-test works this out once per decision point and
 * then tries any number of thresholds.
 */
public record ThresholdNeed(Kind kind, long points) {
    public static final ThresholdNeed ANY = new ThresholdNeed(Kind.ANY_THRESHOLD, 0);
    public static final ThresholdNeed NONE = new ThresholdNeed(Kind.NO_THRESHOLD, 0);

    public enum Kind { ANY_THRESHOLD, NO_THRESHOLD, AT_MOST }

    public static ThresholdNeed atMost(long points) {
        return new ThresholdNeed(Kind.AT_MOST, points);
    }

    public boolean qualifiesAt(long threshold) {
        return kind == Kind.ANY_THRESHOLD || (kind == Kind.AT_MOST && threshold <= points);
    }

    /** The qualified-lead definition's logic ({@link Qualifier}) with the threshold left open. */
    static ThresholdNeed of(int profileGaps, boolean fastTrack, boolean intentShown, boolean engagedAgain,
                            QualificationRule rule, LongSupplier points) {
        if (profileGaps == 0 && fastTrack) {
            return ANY;
        }
        if (profileGaps > 0 || !engagedAgain) {
            return NONE;
        }
        return switch (rule) {
            case BEHAVIOUR -> intentShown ? ANY : NONE;
            case BEHAVIOUR_OR_SCORE -> intentShown ? ANY : atMost(points.getAsLong());
            case BEHAVIOUR_AND_SCORE -> intentShown ? atMost(points.getAsLong()) : NONE;
            case SCORE -> atMost(points.getAsLong());
        };
    }
}
