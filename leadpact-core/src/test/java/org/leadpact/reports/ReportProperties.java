package org.leadpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;

/** Properties of the reports over leads whose histories the real engine made from random commands. */
class ReportProperties {
    private static final LeadEngine ENGINE = new LeadEngine(AgreementFixture.classic(QualificationRule.BEHAVIOUR_OR_SCORE));
    private static final String[] COMPANIES = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};

    @Provide
    Arbitrary<List<List<Integer>>> populations() {
        return Arbitraries.integers().between(0, 11).list().ofMinSize(1).ofMaxSize(25).list().ofMinSize(1).ofMaxSize(30);
    }

    static List<LeadFacts> facts(List<List<Integer>> population) {
        List<LeadFacts> facts = new ArrayList<>();
        for (int n = 0; n < population.size(); n++) {
            Instant at = LeadFixture.T0.plusSeconds(n * 86_400L * 3);
            Map<String, String> profile = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
            profile.put("company", COMPANIES[n % COMPANIES.length]);
            profile.put("source", n % 2 == 0 ? "webinar" : "search");
            List<Command> commands = new ArrayList<>(List.of(new Command.UpdateAttributes(at, profile, "import")));
            int i = 0;
            for (int kind : population.get(n)) {
                at = at.plusSeconds(86_400L * (1 + (i++ * 7 + kind) % 11));
                commands.add(command(kind, at, n + i));
            }
            facts.add(LeadFacts.of(Replay.run(ENGINE, "lead-" + n, commands).state()));
        }
        return facts;
    }

    private static Command command(int kind, Instant at, int detail) {
        return switch (kind) {
            case 0, 1 -> new Command.RecordActivity(Activity.of(ActivityType.DEMO_REQUEST, at));
            case 2, 3 -> new Command.HandOff(at, "rep-" + detail % 3, "router", null);
            case 4 -> new Command.SetDisposition(at, Disposition.ACCEPTED, "rep", null);
            case 5 -> new Command.SetDisposition(at, Disposition.OPPORTUNITY, "rep", null);
            case 6 -> new Command.MoveOpportunityStage(at, detail % 2 == 0 ? "engaged" : "proposal", "rep");
            case 7 -> new Command.CloseWon(at, BigDecimal.valueOf(1000L * (detail % 5)), "rep");
            case 8 -> new Command.CloseLost(at, "no budget", "rep");
            case 9 -> new Command.Recycle(at, detail % 2 == 0 ? RecycleReason.LOST : RecycleReason.NOT_READY, "ops", null);
            default -> new Command.RecordActivity(Activity.of(ActivityType.SALES_CALL, at).by("rep"));
        };
    }

    @Property(tries = 200)
    void in_every_cohort_each_stage_counts_no_more_leads_than_the_stage_before_it(
            @ForAll("populations") List<List<Integer>> population) {
        FunnelReport funnel = FunnelReport.compute(facts(population), Range.ALL, Filter.NONE);
        for (FunnelReport.Cohort c : funnel.cohorts()) {
            assertThat(List.of(c.mqls(), c.handedOff(), c.salesAccepted(), c.opportunities(), c.won()))
                    .isSortedAccordingTo((a, b) -> Long.compare(b, a));
            assertThat(c.lost()).isLessThanOrEqualTo(c.opportunities());
        }
        long mqls = funnel.cohorts().stream().mapToLong(FunnelReport.Cohort::mqls).sum();
        assertThat(mqls).as("over all time every MQL is in one cohort").isEqualTo(funnel.stages().get(1).leads());
    }

    @Property(tries = 200)
    void tiers_partition_the_customers_and_their_values_add_up(@ForAll("populations") List<List<Integer>> population) {
        TierReport tiers = TierReport.compute(facts(population), Range.ALL, Filter.NONE);
        assertThat(tiers.tiers().stream().mapToLong(TierReport.TierTotal::customers).sum())
                .isEqualTo(tiers.customers().size());
        assertThat(tiers.customers()).extracting(TierReport.Customer::company).doesNotHaveDuplicates();
        BigDecimal sum = tiers.tiers().stream().map(TierReport.TierTotal::wonValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(tiers.totalValue());
        assertThat(tiers.customers()).extracting(TierReport.Customer::tier).isSorted();
    }

    @Property(tries = 100)
    void filtering_by_source_splits_the_funnel_into_parts_that_add_up(@ForAll("populations") List<List<Integer>> population) {
        Reports reports = new Reports(facts(population), rep -> Optional.empty());
        FunnelReport all = reports.funnel(Range.ALL, Filter.NONE);
        FunnelReport webinar = reports.funnel(Range.ALL, new Filter(null, null, "webinar", null, null, null, null));
        FunnelReport search = reports.funnel(Range.ALL, new Filter(null, null, "SEARCH", null, null, null, null));
        for (int i = 0; i < all.stages().size(); i++) {
            assertThat(webinar.stages().get(i).leads() + search.stages().get(i).leads())
                    .isEqualTo(all.stages().get(i).leads());
        }
    }
}
