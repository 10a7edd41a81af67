package org.leadpact.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadpact.LeadFixture.T0;
import static org.leadpact.LeadFixture.days;
import static org.leadpact.LeadFixture.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;

class ScorerTest {
    private final Scorer scorer = new Scorer(AgreementFixture.classic());
    private final Attributes director = new Attributes(LeadFixture.marketingDirectorAt500EmployeeFirm());

    private static long points(Score s, String rule) {
        return s.contributions().stream().filter(c -> c.rule().equals(rule)).mapToLong(c -> c.points().hundredths())
                .sum();
    }

    @Test
    void an_attribute_rule_gives_its_points_once_and_cites_its_clause() {
        Score s = scorer.score(director, List.of(), T0);
        assertThat(s.total()).isEqualTo(Points.whole(10));
        assertThat(s.contributions()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("leader");
            assertThat(c.clause()).isEqualTo("scoring.rules[leader]");
            assertThat(c.reason()).contains("Director of Marketing");
        });
        assertThat(s.agreementVersion()).isEqualTo("1");
    }

    @Test
    void negative_points_count_against_the_lead() {
        Score s = scorer.score(Attributes.of("title", "Marketing student"), List.of(), T0);
        assertThat(s.total()).isEqualTo(Points.whole(-30));
    }

    @Test
    void repeated_activity_is_capped_per_rule() {
        List<Activity> views = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            views.add(Activity.pageView(minutes(i), "https://acme.example/pricing", 0));
        }
        Score s = scorer.score(Attributes.NONE, views, minutes(5));
        ScoreContribution pricing = s.contributions().stream().filter(c -> c.rule().equals("pricing")).findFirst()
                .orElseThrow();
        assertThat(pricing.occurrences()).isEqualTo(5);
        assertThat(pricing.raw()).isEqualTo(Points.whole(50));
        assertThat(pricing.points()).isEqualTo(Points.whole(20));
        assertThat(pricing.reason()).contains("capped at 20");
    }

    @Test
    void points_halve_with_each_half_life() {
        List<Activity> one = List.of(Activity.pageView(T0, "https://acme.example/pricing", 0));
        assertThat(points(scorer.score(Attributes.NONE, one, T0), "pricing")).isEqualTo(1000);
        assertThat(points(scorer.score(Attributes.NONE, one, days(30)), "pricing")).isEqualTo(500);
        assertThat(points(scorer.score(Attributes.NONE, one, days(60)), "pricing")).isEqualTo(250);
        assertThat(points(scorer.score(Attributes.NONE, one, days(15)), "pricing")).isEqualTo(707);
    }

    @Test
    void points_with_an_expiry_window_drop_to_nothing_after_it() {
        List<Activity> click = List.of(Activity.of(ActivityType.EMAIL_CLICK, T0));
        assertThat(points(scorer.score(Attributes.NONE, click, days(60)), "clicks")).isEqualTo(500);
        assertThat(points(scorer.score(Attributes.NONE, click, days(61)), "clicks")).isZero();
    }

    @Test
    void ignored_pages_count_for_nothing_not_even_time_on_site() {
        List<Activity> careers = List.of(Activity.pageView(T0, "https://acme.example/careers/sales", 600));
        Score s = scorer.score(Attributes.NONE, careers, minutes(20));
        assertThat(s.total()).isEqualTo(Points.ZERO);
        assertThat(s.contributions()).singleElement().satisfies(c -> assertThat(c.clause())
                .isEqualTo("scoring.ignoredPages"));
    }

    @Test
    void time_on_site_gives_a_point_a_minute_up_to_the_cap_and_a_return_visit_counts() {
        List<Activity> views = List.of(
                Activity.pageView(T0, "https://acme.example/product", 150),
                Activity.pageView(minutes(3), "https://acme.example/about", 90),
                Activity.pageView(days(2), "https://acme.example/blog", 600));
        Score s = scorer.score(Attributes.NONE, views, days(3));
        assertThat(points(s, "minutes")).isEqualTo(1000); // 14 minutes, capped at 10
        assertThat(points(s, "repeat")).isEqualTo(500);   // two visits: one repeat
        assertThat(points(s, "pages")).isEqualTo(600);
    }

    @Test
    void activities_after_the_scoring_instant_do_not_count() {
        List<Activity> views = List.of(Activity.pageView(days(1), "https://acme.example/pricing", 0));
        assertThat(scorer.score(Attributes.NONE, views, T0).total()).isEqualTo(Points.ZERO);
    }

    @Test
    void sales_touches_never_score() {
        List<Activity> calls = List.of(Activity.of(ActivityType.SALES_CALL, T0));
        assertThat(scorer.score(Attributes.NONE, calls, T0).contributions()).isEmpty();
    }

    @Test
    void the_total_cap_is_an_explicit_contribution_so_the_explanation_still_adds_up() {
        Agreement a = AgreementFixture.classic();
        List<ScoringRule> rules = List.of(new ScoringRule.AttributeRule("huge", "title",
                new org.leadpact.agreement.AttributeTest.Present(), 70), AgreementFixture.activity("content",
                ActivityType.CONTENT_REGISTRATION, null, 50, null, null));
        Agreement capped = new Agreement(a.identity(), null, null, null, null, AgreementFixture.scoring(60, rules), null,
                null, null, null, null, null, null, null, null);
        Score s = new Scorer(capped).score(director, List.of(Activity.of(ActivityType.CONTENT_REGISTRATION, T0)), T0);
        assertThat(s.total()).isEqualTo(Points.whole(100));
        assertThat(s.contributions()).extracting(ScoreContribution::rule).containsExactly("huge", "content", "maximum");
        assertThat(s.contributions().stream().map(ScoreContribution::points).reduce(Points.ZERO, Points::plus))
                .isEqualTo(s.total());
    }

    @Test
    void the_band_follows_the_total() {
        assertThat(scorer.score(director, List.of(), T0).band()).isNull();
        List<Activity> content = List.of(Activity.of(ActivityType.CONTENT_REGISTRATION, T0),
                Activity.of(ActivityType.CONTENT_REGISTRATION, T0), Activity.of(ActivityType.WEBINAR_ATTENDED, T0));
        Score s = scorer.score(director, content, T0);
        assertThat(s.total()).isEqualTo(Points.whole(55));
        assertThat(s.band()).isEqualTo("C");
        assertThat(s.reachesThreshold()).isFalse();
    }

    @Test
    void top_reasons_are_the_largest_positive_contributions() {
        List<Activity> content = List.of(Activity.of(ActivityType.CONTENT_REGISTRATION, T0),
                Activity.of(ActivityType.UNSUBSCRIBE, T0));
        Score s = scorer.score(director, content, T0);
        assertThat(s.topReasons(3)).extracting(ScoreContribution::rule).containsExactly("content", "leader");
        assertThat(Map.of("total", s.total().toString())).containsEntry("total", "5");
    }
}
