package org.leadpact.qualification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadState;
import org.leadpact.scoring.RunningScore;

/**
 * What one qualifier has already worked out from one lead's engagement (since its last recycle):
 * intent shown, fast-track taken, engaged again, and the running score. Kept as the lead's
 * {@link LeadState#activityMemo(Object)}, so the next state that grows the same history continues from
 * it: deciding after one more event costs about O(1) instead of O(history). It answers only the
 * verdict; the explanation is {@link Qualifier#assessFully}'s, worked out when asked for.
 *
 * <p>When it cannot answer exactly as the reference would (an instant before something it took in,
 * an older state of the lead), it says so and the caller takes the reference path.
 */
final class RunningAssessment {
    private final Qualifier qualifier;
    private final Instant recycledAt;
    private final RunningScore score;
    /** How many of the lead's activities (by position in its list) are taken in. */
    private int covered;
    private Instant latest;
    private boolean intentShown;
    private boolean fastTrackTaken;
    private boolean engaged;
    private Attributes profileSeen;
    private int profileGaps;

    private RunningAssessment(Qualifier qualifier, Instant recycledAt) {
        this.qualifier = qualifier;
        this.recycledAt = recycledAt;
        this.score = qualifier.scorer().running();
    }

    /** The verdict the reference would give, or null when this lead's memo cannot say it exactly. */
    static Verdict verdict(Qualifier qualifier, LeadState lead, Instant at) {
        return caughtUp(qualifier, lead, r -> r.decide(lead.attributes(), at));
    }

    /**
     * Whether this lead's memo already knows its profile (these attributes) has a gap, which rules
     * qualifying out; false when it does not know (no memo yet) as when there is none.
     */
    static boolean knownProfileGap(Qualifier qualifier, LeadState lead) {
        if (lead.activityMemo(qualifier) instanceof RunningAssessment r) {
            synchronized (r) {
                return r.profileGaps(lead.attributes()) > 0;
            }
        }
        return false;
    }

    /** What the lead needs from the threshold at {@code at} (see {@link ThresholdNeed}), or null as for {@link #verdict}. */
    static ThresholdNeed need(Qualifier qualifier, LeadState lead, Instant at, long knownPoints) {
        return caughtUp(qualifier, lead, r -> r.need(lead.attributes(), at, knownPoints));
    }

    /** The lead's running assessment, having taken in all its activities; null for an older state than it covers. */
    private static <T> T caughtUp(Qualifier qualifier, LeadState lead, Function<RunningAssessment, T> answer) {
        RunningAssessment running = lead.activityMemo(qualifier) instanceof RunningAssessment r
                && Objects.equals(r.recycledAt, lead.lastRecycledAt()) ? r : null;
        if (running == null) {
            running = new RunningAssessment(qualifier, lead.lastRecycledAt());
            lead.activityMemo(qualifier, running);
        }
        synchronized (running) {
            if (running.covered > lead.activities().size()) {
                return null;
            }
            if (running.takeIn(lead.activities())) {
                return answer.apply(running);
            }
        }
        RunningAssessment fresh = inTimeOrder(qualifier, lead);
        synchronized (fresh) {
            lead.activityMemo(qualifier, fresh);
            return answer.apply(fresh);
        }
    }

    /** A late activity arrived: start again, taking the history in in time order (as the scorer sorts it). */
    private static RunningAssessment inTimeOrder(Qualifier qualifier, LeadState lead) {
        RunningAssessment fresh = new RunningAssessment(qualifier, lead.lastRecycledAt());
        List<Activity> sorted = new ArrayList<>(lead.activities());
        sorted.sort(Comparator.comparing(Activity::at));
        sorted.forEach(fresh::takeIn);
        fresh.covered = sorted.size();
        return fresh;
    }

    private boolean takeIn(List<Activity> activities) {
        for (; covered < activities.size(); covered++) {
            Activity a = activities.get(covered);
            if (countsAsEngagement(a) && !score.accepts(a)) {
                return false;
            }
            takeIn(a);
        }
        return true;
    }

    private boolean countsAsEngagement(Activity a) {
        return recycledAt == null || a.at().isAfter(recycledAt);
    }

    private void takeIn(Activity a) {
        if (!countsAsEngagement(a)) {
            return;
        }
        latest = latest == null || a.at().isAfter(latest) ? a.at() : latest;
        intentShown |= qualifier.showsIntent(a);
        fastTrackTaken |= qualifier.isFastTrack(a);
        engaged |= !a.type().isSalesTouch();
        score.add(a);
    }

    /** {@link Qualifier#decide}'s verdict, asking the running score only when the verdict depends on it. */
    private Verdict decide(Attributes attributes, Instant at) {
        if (latest != null && latest.isAfter(at)) {
            return null;
        }
        int gaps = profileGaps(attributes);
        boolean engagedAgain = recycledAt == null || engaged;
        if (gaps == 0 && fastTrackTaken) {
            return Verdict.QUALIFIED;
        }
        if (gaps > 1) {
            return Verdict.NOT_QUALIFIED;
        }
        boolean behaviour = engagedAgain && intentShown;
        QualificationRule rule = qualifier.rule();
        boolean needsScore = engagedAgain && switch (rule) {
            case BEHAVIOUR_OR_SCORE -> !behaviour;
            case BEHAVIOUR_AND_SCORE -> behaviour;
            case BEHAVIOUR -> false;
            case SCORE -> true;
        };
        if (needsScore && !score.canAnswerAt(at)) {
            return null;
        }
        boolean intent = engagedAgain && rule.intentMet(behaviour, needsScore && score.reachesThreshold(attributes, at));
        if (gaps == 0 && intent) {
            return Verdict.QUALIFIED;
        }
        return intent || fastTrackTaken ? Verdict.NEAR_QUALIFIED : Verdict.NOT_QUALIFIED;
    }

    private ThresholdNeed need(Attributes attributes, Instant at, long knownPoints) {
        if (latest != null && latest.isAfter(at) || !score.canAnswerAt(at)) {
            return null;
        }
        return ThresholdNeed.of(profileGaps(attributes), fastTrackTaken, intentShown, recycledAt == null || engaged,
                qualifier.rule(), () -> score.wholePointsAbove(attributes, at, knownPoints));
    }

    private int profileGaps(Attributes attributes) {
        if (attributes != profileSeen) {
            profileGaps = qualifier.profileGaps(attributes);
            profileSeen = attributes;
        }
        return profileGaps;
    }
}
