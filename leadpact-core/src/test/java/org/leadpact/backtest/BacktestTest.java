package org.leadpact.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.agreement.Period;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.scoring.Scorer;

/**
 * Seven hand-built leads in March 2027 under the classic agreement (threshold 60) and a proposal
 * that raises the threshold to 65. Three score 66 (qualified under both), three score 64 (only the
 * baseline qualifies them), one scores 49 (neither). Sales made opportunities of one 66 and of one
 * 64 (which was won for 10,000), trashed one of each, recycled one 64 and has not judged the last 66.
 */
class BacktestTest {
    private static final BacktestPeriod MARCH = new BacktestPeriod(LocalDate.parse("2027-03-01"),
            LocalDate.parse("2027-03-31"));
    private static final Agreement BASELINE = withQuota(AgreementFixture.classicVersion("2027.1", 60), 4);
    private static final Agreement PROPOSED = withQuota(AgreementFixture.classicVersion("2027.2", 65), 4);

    private static Agreement withQuota(Agreement a, int perMonth) {
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), a.routing(),
                new MarketingSla(perMonth, Period.MONTH, AgreedDuration.parse("3 hours"), true, null), a.salesSla(),
                a.mutualSla(), a.dispositions(), a.recycling(), a.calendar(), a.opportunityStages());
    }

    /** Director (+10), a webinar attended (+15), three clicks (+15), pricing views (+10 each, cap 20; +2 each as pages). */
    private static List<LeadEvent> engaged(int day, int pricingViews, boolean webinar) {
        Instant at = LeadFixture.days(day);
        List<LeadEvent> log = new ArrayList<>();
        log.add(new AttributesChanged(at, LeadFixture.marketingDirectorAt500EmployeeFirm(), "import"));
        for (int i = 0; i < 3; i++) {
            log.add(new ActivityRecorded(Activity.of(ActivityType.EMAIL_CLICK, at)));
        }
        if (webinar) {
            log.add(new ActivityRecorded(Activity.of(ActivityType.WEBINAR_ATTENDED, at)));
        }
        for (int i = 0; i < pricingViews; i++) {
            log.add(new ActivityRecorded(Activity.pageView(at, "https://acme.example/pricing", 0)));
        }
        return log;
    }

    /** The live engine qualified it, a rep took it, and sales made something of it (null: nothing yet). */
    private static List<LeadEvent> withSales(List<LeadEvent> log, String rep, Stage outcome, BigDecimal amount) {
        Instant at = log.getLast().at();
        List<LeadEvent> all = new ArrayList<>(log);
        all.add(new StageChanged(at, Stage.NEW, Stage.MQL, "qualify", "leadpact", "qualified", "2027.1", "scoring.threshold",
                null));
        all.add(new OwnerAssigned(at.plusSeconds(60), rep, "router", "routed", "2027.1", "routing"));
        all.add(new StageChanged(at.plusSeconds(60), Stage.MQL, Stage.HANDED_OFF, "hand-off", "router", "routed",
                "2027.1", "marketingSla.handOffWithin", null));
        Instant later = at.plusSeconds(86_400);
        if (outcome == Stage.OPPORTUNITY || outcome == Stage.WON) {
            all.add(new StageChanged(later, Stage.HANDED_OFF, Stage.OPPORTUNITY, "open-opportunity", rep, "real deal",
                    "2027.1", "dispositions", null));
        }
        if (outcome == Stage.WON) {
            all.add(new StageChanged(later.plusSeconds(86_400), Stage.OPPORTUNITY, Stage.WON, "win", rep, "closed won",
                    "2027.1", "opportunityStages", amount));
        }
        if (outcome == Stage.DISQUALIFIED || outcome == Stage.NURTURE) {
            all.add(new StageChanged(later, Stage.HANDED_OFF, outcome, outcome == Stage.NURTURE ? "recycle" : "disqualify",
                    rep, "no", "2027.1", "dispositions", null));
        }
        return all;
    }

    private static BacktestReport report() {
        Backtest test = new Backtest(BASELINE, PROPOSED, MARCH);
        List<LeadResult> leads = List.of(
                test.replay("a", withSales(engaged(1, 3, true), "ann", Stage.OPPORTUNITY, null)),
                test.replay("b", withSales(engaged(2, 3, true), "ann", Stage.DISQUALIFIED, null)),
                test.replay("f", withSales(engaged(3, 3, true), "bob", null, null)),
                test.replay("c", withSales(engaged(4, 2, true), "bob", Stage.WON, new BigDecimal("10000"))),
                test.replay("d", withSales(engaged(5, 2, true), "ann", Stage.NURTURE, null)),
                test.replay("e", withSales(engaged(6, 2, true), "bob", Stage.DISQUALIFIED, null)),
                test.replay("g", engaged(7, 2, false)));
        return test.report(leads);
    }

    @Test
    void the_hand_built_leads_score_what_the_test_says() {
        Scorer scorer = new Scorer(BASELINE);
        Map<Integer, Long> expected = Map.of(3, 6_600L, 2, 6_400L);
        expected.forEach((views, points) -> assertThat(scorer.score(org.leadpact.lead.LeadState.fold("x",
                engaged(1, views, true)), LeadFixture.days(1)).total().hundredths()).isEqualTo(points));
        assertThat(scorer.score(org.leadpact.lead.LeadState.fold("x", engaged(1, 2, false)), LeadFixture.days(1))
                .total().hundredths()).isEqualTo(4_900);
    }

    @Test
    void mqls_added_and_dropped_are_counted_per_month_with_the_clause_responsible() {
        BacktestReport.Month march = report().months().getFirst();
        assertThat(march.month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(march.baselineMqls()).isEqualTo(6);
        assertThat(march.proposedMqls()).isEqualTo(3);
        assertThat(march.recordedMqls()).isEqualTo(6);
        assertThat(march.added()).isZero();
        assertThat(march.dropped()).isEqualTo(3);
        assertThat(march.droppedExamples()).extracting(Change::leadId).containsExactly("c", "d", "e");
        assertThat(march.droppedExamples()).extracting(Change::clause).containsOnly("scoring.threshold");
        assertThat(march.droppedExamples().getFirst().why()).contains("score 64 is below the threshold 65");
        assertThat(report().droppedByClause()).isEqualTo(Map.of("scoring.threshold", 3));
    }

    @Test
    void precision_and_recall_against_what_sales_made_of_the_leads_are_as_computed_by_hand() {
        BacktestReport.Outcomes o = report().outcomes();
        assertThat(o.reachedSales()).isEqualTo(6);
        assertThat(o.judged()).isEqualTo(5); // f is still open
        assertThat(o.converted()).isEqualTo(2);
        // Baseline qualifies a, b, c, d, e: 2 of 5 converted; both converted leads qualified.
        assertThat(o.baseline().precision().value()).isEqualTo(0.4);
        assertThat(o.baseline().recall().value()).isEqualTo(1.0);
        // Proposed qualifies a, b: 1 of 2 converted; it misses c, the won deal: recall 1 of 2.
        assertThat(o.proposed().precision().value()).isEqualTo(0.5);
        assertThat(o.proposed().precision().n()).isEqualTo(2);
        assertThat(o.proposed().recall().value()).isEqualTo(0.5);
        // Wilson 95% interval for 2 of 5.
        assertThat(o.baseline().precision().low()).isCloseTo(0.1176, within(0.0001));
        assertThat(o.baseline().precision().high()).isCloseTo(0.7693, within(0.0001));
    }

    @Test
    void quota_pipeline_and_hand_offs_follow_from_the_counts() {
        BacktestReport r = report();
        BacktestReport.Month march = r.months().getFirst();
        assertThat(march.quota()).isEqualTo(4.0);
        assertThat(march.baselineMeetsQuota()).isTrue();
        assertThat(march.proposedMeetsQuota()).isFalse();
        assertThat(r.pipeline().averageWonValue()).isEqualByComparingTo("10000");
        assertThat(r.pipeline().baseline()).isEqualByComparingTo("24000"); // 6 MQLs × 0.4 × 10,000
        assertThat(r.pipeline().proposed()).isEqualByComparingTo("15000"); // 3 × 0.5 × 10,000
        assertThat(r.handOffs().perRep()).isEqualTo(Map.of("ann", 3, "bob", 3));
        assertThat(r.leads()).isEqualTo(7);
    }

    @Test
    void the_threshold_advice_is_the_most_selective_threshold_that_meets_the_quota_at_the_best_rate() {
        BacktestReport.ThresholdAdvice advice = report().thresholdAdvice();
        BacktestReport.ThresholdPoint at64 = advice.curve().get(63);
        BacktestReport.ThresholdPoint at65 = advice.curve().get(64);
        assertThat(at64.threshold()).isEqualTo(64);
        assertThat(at64.mqls()).isEqualTo(6);
        assertThat(at64.opportunityRate().successes()).isEqualTo(2);
        assertThat(at64.opportunityRate().n()).isEqualTo(5);
        assertThat(at65.mqls()).isEqualTo(3);
        assertThat(at65.meetsQuota()).isFalse();
        assertThat(advice.curve().get(48).mqls()).isEqualTo(7); // threshold 49 takes g as well
        assertThat(advice.recommended()).isEqualTo(64);
    }
}
