package org.leadpact.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;

/**
 * The running score's threshold answer against the full score, where it is hardest: long histories
 * of decaying activities whose score hovers around the threshold, so the error bounds of the running
 * sums straddle it and the exact figure must decide. The threshold is the full score's median over
 * the history, so about half the answers are yes.
 */
class RunningScoreProperties {
    private static final String[] HALF_LIVES = {"1 minute", "2 hours", "1 day", "30 days"};

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 6 * 3_600).list().ofMinSize(50).ofMaxSize(400);
    }

    @Provide
    Arbitrary<String> halfLives() {
        return Arbitraries.of(HALF_LIVES);
    }

    @Property(tries = 60)
    void the_running_score_reaches_the_threshold_exactly_when_the_full_score_does(
            @ForAll("gaps") List<Integer> gaps, @ForAll("halfLives") String halfLife,
            @ForAll @IntRange(min = -9, max = 30) int points, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        List<ScoringRule> rules = List.of(
                AgreementFixture.activity("pricing", ActivityType.PAGE_VIEW, "*/pricing*", points == 0 ? 1 : points,
                        null, new Decay(AgreedDuration.parse(halfLife), null)),
                AgreementFixture.activity("opens", ActivityType.EMAIL_OPEN, null, 3, null,
                        new Decay(AgreedDuration.parse("1 day"), null)));
        List<Activity> activities = new ArrayList<>();
        List<Instant> instants = new ArrayList<>();
        Instant at = LeadFixture.T0;
        for (int i = 0; i < gaps.size(); i++) {
            at = at.plusSeconds(gaps.get(i)).plusNanos((long) nanos * i % 1_000_000_000L);
            activities.add(i % 3 == 2 ? Activity.of(ActivityType.EMAIL_OPEN, at)
                    : Activity.pageView(at, "https://acme.example/pricing", 10));
            instants.add(at);
        }
        long median = median(new Scorer(agreement(0, rules)), activities, instants);
        Agreement agreement = agreement((int) median, rules);
        Scorer scorer = new Scorer(agreement);
        RunningScore running = scorer.running();
        for (int i = 0; i < activities.size(); i++) {
            running.add(activities.get(i));
            Instant when = instants.get(i);
            boolean full = scorer.score(Attributes.NONE, activities.subList(0, i + 1), when).reachesThreshold();
            assertThat(running.reachesThreshold(Attributes.NONE, when)).as("after %s activities", i + 1)
                    .isEqualTo(full);
        }
    }

    private static long median(Scorer scorer, List<Activity> activities, List<Instant> instants) {
        long[] totals = new long[activities.size()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = scorer.score(Attributes.NONE, activities.subList(0, i + 1), instants.get(i)).total().hundredths();
        }
        java.util.Arrays.sort(totals);
        return Math.floorDiv(totals[totals.length / 2], 100);
    }

    private static Agreement agreement(int threshold, List<ScoringRule> rules) {
        return new Agreement(AgreementFixture.identity("s"), null, null, null, null,
                new org.leadpact.agreement.ScoringModel(threshold, null, List.of(), rules, List.of(), null),
                null, null, null, null, null, null, null, null, null);
    }
}
