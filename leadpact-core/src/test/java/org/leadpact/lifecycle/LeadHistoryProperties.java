package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.StageChanged;
import org.leadpact.scoring.Points;
import org.leadpact.scoring.Score;
import org.leadpact.scoring.ScoreContribution;

/** Properties of any lead history: replays are deterministic, explanations add up, nobody skips qualification. */
class LeadHistoryProperties {
    private static final LeadEngine ENGINE = new LeadEngine(AgreementFixture.classic(QualificationRule.BEHAVIOUR_OR_SCORE));
    private static final String[] URLS = {"https://acme.example/pricing", "https://acme.example/product/x",
        "https://acme.example/careers", "https://acme.example/blog/1"};

    /** One step of a lead's life: what happened, and how many minutes after the previous step. */
    record Step(int kind, int detail, int gapMinutes) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // Weighted so that many histories qualify and reach sales; otherwise the properties say little.
        Arbitrary<Integer> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(1, 2),
                net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(4, 4), net.jqwik.api.Tuple.of(1, 5),
                net.jqwik.api.Tuple.of(1, 6), net.jqwik.api.Tuple.of(4, 7), net.jqwik.api.Tuple.of(3, 8),
                net.jqwik.api.Tuple.of(2, 9), net.jqwik.api.Tuple.of(2, 10), net.jqwik.api.Tuple.of(1, 11),
                net.jqwik.api.Tuple.of(1, 12), net.jqwik.api.Tuple.of(1, 13), net.jqwik.api.Tuple.of(1, 14),
                net.jqwik.api.Tuple.of(1, 15));
        Arbitrary<Step> step = Combinators.combine(kind,
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 60 * 24 * 5)).as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    static List<Command> commands(List<Step> steps) {
        Instant at = LeadFixture.T0;
        // Every generated lead starts known and complete; later steps may break the profile again.
        List<Command> commands = new ArrayList<>(List.of(new Command.UpdateAttributes(at, profile(0), "import")));
        ActivityType[] marketing = Arrays.marketing();
        for (Step s : steps) {
            at = at.plusSeconds(s.gapMinutes() * 60L);
            commands.add(switch (s.kind()) {
                case 0 -> new Command.UpdateAttributes(at, profile(s.detail()), "form");
                case 1, 2, 3 -> new Command.RecordActivity(Activity.pageView(at, URLS[s.detail() % URLS.length],
                        s.detail() * 7));
                case 4, 5, 6 -> new Command.RecordActivity(Activity.of(marketing[s.detail() % marketing.length], at));
                case 7 -> new Command.HandOff(at, "rep-" + (s.detail() % 3), "router", null);
                case 8 -> new Command.SetDisposition(at, Disposition.values()[s.detail() % Disposition.values().length],
                        "rep", null);
                case 9 -> new Command.RecordActivity(Activity.of(s.detail() % 2 == 0 ? ActivityType.SALES_CALL
                        : ActivityType.SALES_EMAIL, at));
                case 10 -> new Command.OpenOpportunity(at, "rep");
                case 11 -> new Command.CloseWon(at, BigDecimal.valueOf(s.detail() * 1000L), "rep");
                case 12 -> new Command.CloseLost(at, "no budget", "rep");
                case 13 -> new Command.Recycle(at, RecycleReason.values()[s.detail() % RecycleReason.values().length],
                        "ops", null);
                case 14 -> new Command.Disqualify(at, "ops", "junk");
                default -> new Command.Reevaluate(at);
            });
        }
        return commands;
    }

    private static Map<String, String> profile(int detail) {
        Map<String, String> p = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        switch (detail % 8) {
            case 1 -> p.put("phone", "");
            case 2 -> p.put("email", "someone@gmail.com");
            case 3 -> p.put("employees", String.valueOf(detail * 5));
            case 4 -> p.put("title", "Student");
            default -> { }
        }
        return p;
    }

    /** Marketing activity types, so generated histories show intent often enough to reach sales. */
    private static final class Arrays {
        static ActivityType[] marketing() {
            List<ActivityType> types = new ArrayList<>(java.util.Arrays.stream(ActivityType.values())
                    .filter(t -> !t.isSalesTouch()).toList());
            types.addAll(List.of(ActivityType.WEBINAR_REGISTRATION, ActivityType.CONTENT_REGISTRATION,
                    ActivityType.DEMO_REQUEST, ActivityType.WEBINAR_REGISTRATION, ActivityType.CONTENT_REGISTRATION));
            return types.toArray(ActivityType[]::new);
        }
    }

    @Property(tries = 300)
    void replaying_the_same_commands_gives_the_same_state(@ForAll("histories") List<Step> steps) {
        List<Command> commands = commands(steps);
        Replay.Result first = Replay.run(ENGINE, "lead", commands);
        Replay.Result second = Replay.run(new LeadEngine(ENGINE.agreement()), "lead", commands);
        assertThat(second.state()).isEqualTo(first.state());
        assertThat(second.refusals()).isEqualTo(first.refusals());
    }

    @Property(tries = 300)
    void the_state_is_a_fold_over_the_history(@ForAll("histories") List<Step> steps) {
        LeadState state = Replay.run(ENGINE, "lead", commands(steps)).state();
        assertThat(LeadState.fold("lead", state.history())).isEqualTo(state);
    }

    @Property(tries = 300)
    void the_explanation_adds_up_to_the_score(@ForAll("histories") List<Step> steps,
                                              @ForAll @IntRange(min = 0, max = 400) int daysLater) {
        LeadState state = Replay.run(ENGINE, "lead", commands(steps)).state();
        Instant at = LeadFixture.days(daysLater);
        Score score = ENGINE.qualifier().scorer().score(state.asOf(at), at);
        Points sum = score.contributions().stream().map(ScoreContribution::points).reduce(Points.ZERO, Points::plus);
        assertThat(sum).isEqualTo(score.total());
        if (ENGINE.agreement().scoring().maximum() != null) {
            assertThat(score.total().compareTo(Points.whole(ENGINE.agreement().scoring().maximum()))).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void later_events_never_change_a_score_at_an_earlier_instant(@ForAll("histories") List<Step> steps,
                                                                 @ForAll @IntRange(min = 0, max = 39) int cut) {
        List<Command> commands = commands(steps);
        int n = Math.min(cut, commands.size() - 1);
        Instant at = commands.get(n).at();
        List<Command> upToAt = commands.stream().filter(c -> !c.at().isAfter(at)).toList();
        LeadState full = Replay.run(ENGINE, "lead", commands).state();
        LeadState prefix = Replay.run(ENGINE, "lead", upToAt).state();
        assertThat(ENGINE.qualifier().scorer().score(full.asOf(at), at))
                .isEqualTo(ENGINE.qualifier().scorer().score(prefix, at));
    }

    @Property(tries = 500)
    void no_lead_reaches_sales_without_qualifying_first(@ForAll("histories") List<Step> steps) {
        LeadState state = Replay.run(ENGINE, "lead", commands(steps)).state();
        List<LeadEvent> history = state.history();
        int qualifiedAt = -1;
        for (int i = 0; i < history.size(); i++) {
            if (!(history.get(i) instanceof StageChanged change)) {
                continue;
            }
            switch (change.transition()) {
                case "qualify" -> {
                    LeadState before = LeadState.fold("lead", history.subList(0, i));
                    assertThat(ENGINE.qualifier().assess(before, change.at()).qualified())
                            .as("qualification at %s", change.at()).isTrue();
                    qualifiedAt = i;
                }
                case "recycle" -> qualifiedAt = -1;
                case "hand-off" -> assertThat(qualifiedAt).as("hand-off at %s follows a qualification", change.at())
                        .isGreaterThanOrEqualTo(0);
                default -> { }
            }
            if (change.to().withSales()) {
                assertThat(qualifiedAt).as("%s at %s", change.to(), change.at()).isGreaterThanOrEqualTo(0);
            }
        }
        boolean reachedSales = history.stream().anyMatch(e -> e instanceof StageChanged c && c.to().withSales());
        Statistics.label("reached sales").collect(reachedSales);
        // The property means little unless many generated histories do reach sales.
        Statistics.label("reached sales").coverage(c -> c.check(true).percentage(p -> p > 15));
    }
}
