package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.ScoringRule.ActivityRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/** An activity rule with its patterns compiled, and the arithmetic of its decay. */
final class ActivityMatcher {
    private final ActivityRule rule;
    private final Glob.Matcher url;
    private final Glob.Matcher subject;
    private final Glob.Matcher campaign;
    /** The activities and filters of the rule, in words. */
    private final String what;

    ActivityMatcher(ActivityRule rule) {
        this.rule = rule;
        this.url = rule.url() == null ? null : rule.url().matcher();
        this.subject = rule.subject() == null ? null : rule.subject().matcher();
        this.campaign = rule.campaign() == null ? null : rule.campaign().matcher();
        this.what = rule.activities().stream().map(ActivityType::code).sorted()
                .reduce((x, y) -> x + "/" + y).orElse("")
                + (rule.url() == null ? "" : " on " + rule.url())
                + (rule.subject() == null ? "" : " of " + rule.subject())
                + (rule.campaign() == null ? "" : " in campaign " + rule.campaign());
    }

    boolean matches(Activity a) {
        return rule.activities().contains(a.type()) && fits(url, a.url()) && fits(subject, a.subject())
                && fits(campaign, a.campaign());
    }

    private static boolean fits(Glob.Matcher pattern, String value) {
        return pattern == null || pattern.matches(value);
    }

    ScoreContribution contribution(List<Activity> counted, Instant at) {
        int occurrences = 0;
        long raw = 0;
        long decayed = 0;
        long each = rule.points() * 100L;
        for (Activity a : counted) {
            if (matches(a)) {
                occurrences++;
                raw += each;
                decayed += decay(each, Duration.between(a.at(), at), rule.decay());
            }
        }
        if (occurrences == 0) {
            return null;
        }
        Points rawPoints = new Points(raw);
        Points decayedPoints = new Points(decayed);
        Points capped = Scorer.capped(decayedPoints, rule.cap());
        String decayNote = rule.decay() == null || raw == decayed ? ""
                : ", decayed to " + decayedPoints + " (" + rule.decay() + ")";
        return new ScoreContribution(rule.id(), Scorer.clause(rule), occurrences, rawPoints, decayedPoints, capped,
                occurrences + " × " + what + " at " + rule.points() + " = " + rawPoints + decayNote
                        + Scorer.capNote(decayedPoints, capped, rule.cap()));
    }

    ActivityRule rule() {
        return rule;
    }

    /**
     * One occurrence's points after decay, in hundredths, rounded per occurrence: the reference
     * arithmetic, shared by the full score and the running one so both round the same way.
     */
    static long decay(long points, Duration age, Decay decay) {
        if (decay == null) {
            return points;
        }
        if (decay.expiresAfter() != null) {
            return age.compareTo(decay.expiresAfter().toDuration()) > 0 ? 0 : points;
        }
        double halfLives = (double) age.toSeconds() / decay.halfLife().toDuration().toSeconds();
        return Math.round(points * Math.pow(0.5, halfLives));
    }
}
