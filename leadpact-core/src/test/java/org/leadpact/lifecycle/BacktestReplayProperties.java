package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.leadpact.agreement.Agreement;
import org.leadpact.backtest.Backtest;
import org.leadpact.backtest.BacktestPeriod;
import org.leadpact.backtest.LeadResult;
import org.leadpact.backtest.QualificationCurve;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.RunningQualificationProperties.Rules;
import org.leadpact.lifecycle.RunningQualificationProperties.Step;

/**
 * The back-test's replay against the engine: for marketing input alone, the instant the back-test
 * says a lead first qualifies, for the agreement's own threshold and for any other, is the instant
 * the engine running that agreement (with that threshold) makes it an MQL.
 */
class BacktestReplayProperties {
    private static final BacktestPeriod ALL = new BacktestPeriod(LocalDate.parse("2020-01-01"),
            LocalDate.parse("2035-12-31"));

    @Provide
    Arbitrary<Rules> agreements() {
        return RunningQualificationProperties.rules();
    }

    @Provide
    Arbitrary<List<Step>> marketing() {
        return RunningQualificationProperties.steps().map(steps -> steps.stream()
                .filter(s -> s.kind() == 0 || s.kind() == 1 || s.kind() == 4).toList());
    }

    @Property(tries = 300)
    void a_lead_first_qualifies_where_the_engine_makes_it_an_mql_at_any_threshold(
            @ForAll("agreements") Rules rules, @ForAll("marketing") List<Step> steps,
            @ForAll @IntRange(min = 1, max = 100) int otherThreshold) {
        List<Command> commands = RunningQualificationProperties.commands(steps);
        Agreement agreement = RunningQualificationProperties.agreement(rules);
        // The log: what the live engine recorded for these inputs (its MQL events are not inputs).
        List<LeadEvent> log = Replay.run(new LeadEngine(agreement), "lead", commands).state().history();
        LeadResult result = new Backtest(agreement, agreement, ALL).replay("lead", log);

        for (int threshold : List.of(rules.threshold(), otherThreshold)) {
            Agreement moved = RunningQualificationProperties.agreement(withThreshold(rules, threshold));
            Instant mql = Replay.run(new LeadEngine(moved), "lead", commands).state().history().stream()
                    .filter(e -> e instanceof StageChanged s && s.transition().equals("qualify"))
                    .map(LeadEvent::at).findFirst().orElse(null);
            QualificationCurve.Point first = result.proposed().firstQualified(threshold);
            assertThat(first == null ? null : first.at()).as("threshold " + threshold).isEqualTo(mql);
            // A sweep over thresholds agrees with asking one threshold at a time.
            result.proposed().sweep(threshold, threshold, (from, to, point) -> assertThat(point).isEqualTo(first));
        }
        assertThat(result.change()).isNull();
    }

    private static Rules withThreshold(Rules r, int threshold) {
        return new Rules(threshold, r.maximum(), r.rule(), r.halfLife(), r.pricingPoints(), r.pricingCap(), r.expiry(),
                r.windowDays(), r.visitsAtLeast());
    }
}
