package org.leadpact.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.lead.ActivityType;

class AgreementCheckTest {
    private final Agreement classic = AgreementFixture.classic();

    private static Agreement withScoring(Agreement a, ScoringModel scoring) {
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), scoring, a.fastTrack(), null, null, null, null, null, null, null, null);
    }

    @Test
    void the_classic_agreement_has_no_contradictions() {
        assertThat(AgreementCheck.problems(classic)).isEmpty();
    }

    @Test
    void a_threshold_no_lead_can_reach_is_flagged_with_the_reachable_maximum() {
        List<ScoringRule> rules = List.of(new ScoringRule.AttributeRule("vp", "title", new AttributeTest.Matches("VP"), 20),
                AgreementFixture.activity("content", ActivityType.CONTENT_REGISTRATION, null, 10, 30, null));
        Agreement a = withScoring(classic, new ScoringModel(60, null, List.of(), rules, List.of(), null));
        assertThat(AgreementCheck.problems(a)).containsExactly(new Problem("scoring.threshold",
                "no lead can reach the threshold 60: the model gives at most 50 points"));
    }

    @Test
    void an_uncapped_repeatable_activity_makes_any_threshold_reachable() {
        List<ScoringRule> rules = List.of(AgreementFixture.activity("views", ActivityType.PAGE_VIEW, null, 1, null, null));
        Agreement a = withScoring(classic, new ScoringModel(500, null, List.of(), rules, List.of(), null));
        assertThat(AgreementCheck.problems(a)).isEmpty();
    }

    @Test
    void overlapping_bands_and_duplicate_rule_ids_are_flagged() {
        List<ScoringRule> rules = List.of(AgreementFixture.activity("x", ActivityType.PAGE_VIEW, null, 1, null, null),
                AgreementFixture.activity("x", ActivityType.EMAIL_OPEN, null, 1, null, null));
        Agreement a = withScoring(classic, new ScoringModel(60, null, List.of(new Band("A", 80, null),
                new Band("B", 60, 85)), rules, List.of(), null));
        assertThat(AgreementCheck.problems(a)).extracting(Problem::path)
                .containsExactly("scoring.bands.B", "scoring.rules[1].id");
    }

    @Test
    void an_effective_date_after_the_term_ends_is_flagged() {
        Identity id = new Identity("x", "1", LocalDate.parse("2027-06-01"), new Term(LocalDate.parse("2027-01-31"), null),
                Period.QUARTER, null, Map.of());
        Agreement a = new Agreement(id, null, null, null, null, classic.scoring(), null, null, null, null, null, null,
                null, null, null);
        assertThat(AgreementCheck.problems(a)).extracting(Problem::path).contains("agreement.effective");
    }

    @Test
    void a_sales_touch_cannot_fast_track_a_lead() {
        Agreement a = new Agreement(classic.identity(), null, null, null, classic.behaviouralQualifiers(),
                classic.scoring(), new FastTrack(List.of(ActivityType.DEMO_REQUEST, ActivityType.SALES_CALL)), null, null,
                null, null, null, null, null, null);
        assertThat(AgreementCheck.problems(a)).containsExactly(new Problem("fastTrack[1]",
                "sales-call is a sales touch, not a lead's action: it cannot fast-track a lead"));
    }

    @Test
    void a_qualification_rule_that_needs_behaviour_needs_qualifiers() {
        Agreement a = new Agreement(classic.identity(), null, null, null,
                new BehaviouralQualifiers(List.of(), QualificationRule.BEHAVIOUR_AND_SCORE), classic.scoring(), null,
                null, null, null, null, null, null, null, null);
        assertThat(AgreementCheck.problems(a)).extracting(Problem::path).containsExactly("behaviouralQualifiers.anyOf");
    }

    @Test
    void a_follow_up_target_longer_than_its_maximum_is_flagged() {
        SalesSla d = SalesSla.DEFAULT;
        SalesSla backwards = new SalesSla(AgreedDuration.parse("2 days"), AgreedDuration.parse("24 hours"), 3, 3,
                d.touchesWithin(), d.statusUpdateWithin(), d.minimumTimeBeforeRecycle(), null);
        Agreement a = new Agreement(classic.identity(), null, null, null, null, classic.scoring(), null, null, null,
                backwards, null, null, null, null, null);
        assertThat(AgreementCheck.problems(a)).extracting(Problem::path).containsExactly("salesSla.firstFollowUp.target");
    }

    @Test
    void a_disposition_whose_recycle_reason_is_not_allowed_is_flagged() {
        Agreement a = new Agreement(classic.identity(), null, null, null, classic.behaviouralQualifiers(),
                classic.scoring(), null, new Routing(List.of(new RoutingRule("east", Map.of("state", List.of("NY")),
                "alice", null), new RoutingRule("east", Map.of(), null, "inside-sales")), null, null), null, null, null,
                null, new Recycling(List.of(RecycleReason.LOST, RecycleReason.STALE), true, "default"), null, null);
        assertThat(AgreementCheck.problems(a)).extracting(Problem::path)
                .containsExactly("recycling.reasons", "recycling.reasons", "routing.rules[1].id");
    }

    @Test
    void values_check_themselves() {
        assertThatThrownBy(() -> new Dispositions(List.of(Disposition.ACCEPTED, Disposition.TRASH)))
                .hasMessage("keep 3 to 5 dispositions; 2 listed");
        assertThatThrownBy(() -> new OpportunityStages(List.of(new OpportunityStage("a", 50), new OpportunityStage("b", 40))))
                .hasMessageContaining("probabilities must rise");
        assertThatThrownBy(() -> AgreedDuration.parse("soon")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> new TargetBuyer(new NumberRange(100.0, null), new NumberRange(1e6, null), List.of(),
                List.of(), List.of(), List.of())).hasMessageContaining("not both");
        assertThatThrownBy(() -> new Band("B", 60, 50)).hasMessageContaining("ends (50) before it starts (60)");
    }

    @Test
    void an_agreement_is_activatable_only_with_both_signatures() {
        assertThat(classic.activatable()).isTrue();
        Agreement unsigned = new Agreement(classic.identity(), new Signatures(classic.signatures().marketing(), null),
                null, null, null, classic.scoring(), null, null, null, null, null, null, null, null, null);
        assertThat(unsigned.activatable()).isFalse();
        assertThat(unsigned.signatures().whyNotActivatable()).contains("not signed by sales");
    }

    @Test
    void durations_read_as_people_write_them() {
        assertThat(AgreedDuration.parse("24 business hours")).isEqualTo(new AgreedDuration(24, AgreedDuration.Unit.HOURS,
                true));
        assertThat(AgreedDuration.parse("2 weeks").minutes()).isEqualTo(14 * 24 * 60);
        assertThat(AgreedDuration.parse("30m").toString()).isEqualTo("30 minutes");
        assertThat(AgreedDuration.parse("1 hour").toString()).isEqualTo("1 hour");
    }
}
