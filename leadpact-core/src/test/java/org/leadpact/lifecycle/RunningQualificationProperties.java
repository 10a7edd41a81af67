package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AttributeTest;
import org.leadpact.agreement.Band;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.FastTrack;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.agreement.ScoringRule.Metric;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Qualification;
import org.leadpact.qualification.Qualifier;

/**
 * The running qualification (what the engine uses after every event) against the reference that
 * works everything out from the whole history: over generated agreements (decay by half-life from
 * a minute to months, expiry, caps, a total maximum, windows, every qualification rule) and
 * generated histories (late activities, instants with nanoseconds, recycles, sales outcomes), the
 * two engines give the same events and states after every command, and at every prefix the
 * qualification at that instant and at a later one is the same.
 */
class RunningQualificationProperties {
    private static final String[] URLS = {"https://acme.example/pricing", "https://acme.example/product/x",
        "https://acme.example/careers/1", "https://acme.example/blog/1"};
    private static final String[] HALF_LIVES = {"1 minute", "45 minutes", "1 day", "30 days"};

    record Rules(int threshold, Integer maximum, QualificationRule rule, String halfLife, int pricingPoints,
                 Integer pricingCap, String expiry, int windowDays, int visitsAtLeast) {
    }

    /** One step: what happened, seconds after the previous step (negative: reported late), nanoseconds. */
    record Step(int kind, int detail, int gapSeconds, int nanos) {
    }

    @Provide
    Arbitrary<Rules> agreements() {
        return rules();
    }

    static Arbitrary<Rules> rules() {
        return Combinators.combine(Arbitraries.integers().between(5, 90),
                Arbitraries.integers().between(0, 120).injectNull(0.4),
                Arbitraries.of(QualificationRule.class), Arbitraries.of(HALF_LIVES),
                Arbitraries.integers().between(-12, 25), Arbitraries.of(25, 40, 80).injectNull(0.4),
                Arbitraries.of("10 minutes", "2 days", "60 days"),
                Combinators.combine(Arbitraries.of(0, 1, 90), Arbitraries.integers().between(1, 6)).as(Tuple::of))
                .as((t, m, q, h, p, c, e, w) -> new Rules(t, m, q, h, p, c, e, w.get1(), w.get2()));
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return steps();
    }

    static Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> kind = Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(10, 1), Tuple.of(5, 4),
                Tuple.of(2, 7), Tuple.of(2, 8), Tuple.of(1, 9), Tuple.of(1, 10), Tuple.of(1, 11), Tuple.of(1, 13),
                Tuple.of(1, 15));
        Arbitrary<Integer> gap = Arbitraries.frequency(Tuple.of(6, Arbitraries.integers().between(0, 1_800)),
                Tuple.of(3, Arbitraries.integers().between(0, 86_400 * 20)),
                Tuple.of(1, Arbitraries.integers().between(-86_400 * 3, 0))).flatMap(a -> a);
        Arbitrary<Step> step = Combinators.combine(kind, Arbitraries.integers().between(0, 40), gap,
                Arbitraries.integers().between(0, 999_999_999)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    static Agreement agreement(Rules r) {
        List<ScoringRule> rules = new ArrayList<>();
        rules.add(new ScoringRule.AttributeRule("leader", "title", new AttributeTest.Matches("Director|VP"), 10));
        rules.add(new ScoringRule.AttributeRule("student", "title", new AttributeTest.Matches("student"), -30));
        Integer cap = r.pricingCap() == null || r.pricingCap() >= Math.abs(r.pricingPoints()) ? r.pricingCap() : null;
        rules.add(AgreementFixture.activity("pricing", ActivityType.PAGE_VIEW, "*/pricing*", r.pricingPoints(), cap,
                new Decay(AgreedDuration.parse(r.halfLife()), null)));
        rules.add(AgreementFixture.activity("product", ActivityType.PAGE_VIEW, "*/product*", 3, null,
                new Decay(null, AgreedDuration.parse(r.expiry()))));
        rules.add(AgreementFixture.activity("pages", ActivityType.PAGE_VIEW, null, 1, 15, null));
        rules.add(new ScoringRule.ActivityRule("content", Set.of(ActivityType.CONTENT_REGISTRATION,
                ActivityType.FORM_FILL), null, null, null, 15, 30, new Decay(AgreedDuration.parse("90 days"), null)));
        rules.add(AgreementFixture.activity("clicks", ActivityType.EMAIL_CLICK, null, 5, null,
                new Decay(AgreedDuration.parse("1 day"), null)));
        rules.add(AgreementFixture.activity("unsubscribed", ActivityType.UNSUBSCRIBE, null, -20, null, null));
        AgreedDuration within = r.windowDays() == 0 ? null : AgreedDuration.parse(r.windowDays() + " days");
        rules.add(new ScoringRule.MetricRule("minutes", Metric.MINUTES_ON_SITE, null, null, 1, 10, within));
        rules.add(new ScoringRule.MetricRule("repeat", Metric.REPEAT_VISITS, 1, 5, null, null, within));
        rules.add(new ScoringRule.MetricRule("visits", Metric.VISITS, r.visitsAtLeast(), 7, null, null, null));
        rules.add(new ScoringRule.MetricRule("views", Metric.PAGE_VIEWS, null, null, 1, 8, within));
        Integer maximum = r.maximum() == null || r.maximum() == 0 ? null : r.maximum();
        ScoringModel model = new ScoringModel(r.threshold(), maximum, List.of(new Band("A", 60, null)), rules,
                List.of(new Glob("*/careers*")), AgreedDuration.parse("30 minutes"));
        return new Agreement(AgreementFixture.identity("p"), AgreementFixture.bothSigned(),
                AgreementFixture.marketingLeadersAtMidMarketFirmsInNorthAmerica(),
                AgreementFixture.classicRequiredInformation(), AgreementFixture.classicIntent(r.rule()), model,
                new FastTrack(List.of(ActivityType.DEMO_REQUEST)), null, null, null, null, null, null, null, null);
    }

    static List<Command> commands(List<Step> steps) {
        Instant at = LeadFixture.T0;
        Instant latest = at;
        List<Command> commands = new ArrayList<>(List.of(new Command.UpdateAttributes(at, profile(0), "import")));
        ActivityType[] marketing = {ActivityType.EMAIL_OPEN, ActivityType.EMAIL_CLICK, ActivityType.FORM_FILL,
            ActivityType.CONTENT_REGISTRATION, ActivityType.UNSUBSCRIBE, ActivityType.WEBINAR_REGISTRATION,
            ActivityType.DEMO_REQUEST, ActivityType.SALES_CALL};
        for (Step s : steps) {
            // Negative gaps are activities reported late, before the latest instant seen; the clock itself goes on.
            Instant when = s.gapSeconds() < 0 ? latest.plusSeconds(s.gapSeconds()) : latest.plusSeconds(s.gapSeconds());
            when = when.plusNanos(s.nanos());
            if (s.gapSeconds() >= 0) {
                latest = when;
            }
            at = when;
            commands.add(switch (s.kind()) {
                case 0 -> new Command.UpdateAttributes(at, profile(s.detail()), "form");
                case 1 -> new Command.RecordActivity(Activity.pageView(at, URLS[s.detail() % URLS.length],
                        s.detail() * 13));
                case 4 -> new Command.RecordActivity(Activity.of(marketing[s.detail() % marketing.length], at));
                case 7 -> new Command.HandOff(at, "rep", "router", null);
                case 8 -> new Command.SetDisposition(at, Disposition.values()[s.detail() % Disposition.values().length],
                        "rep", null);
                case 9 -> new Command.OpenOpportunity(at, "rep");
                case 10 -> new Command.CloseWon(at, BigDecimal.TEN, "rep");
                case 11 -> new Command.CloseLost(at, "no budget", "rep");
                case 13 -> new Command.Recycle(at, RecycleReason.values()[s.detail() % RecycleReason.values().length],
                        "ops", null);
                default -> new Command.Reevaluate(at);
            });
        }
        return commands;
    }

    private static Map<String, String> profile(int detail) {
        Map<String, String> p = new HashMap<>(LeadFixture.marketingDirectorAt500EmployeeFirm());
        switch (detail % 6) {
            case 1 -> p.put("phone", "");
            case 2 -> p.put("title", "Marketing Manager");
            case 3 -> {
                p.put("title", "Student");
                p.put("phone", "");
            }
            default -> { }
        }
        return p;
    }

    @Property(tries = 400)
    void the_running_engine_decides_every_command_as_the_whole_history_engine_does(
            @ForAll("agreements") Rules rules, @ForAll("histories") List<Step> steps) {
        Agreement agreement = agreement(rules);
        LeadEngine running = new LeadEngine(agreement);
        LeadEngine reference = new LeadEngine(agreement, Qualifier.fromWholeHistory(agreement));
        LeadState r = LeadState.empty("lead");
        LeadState f = LeadState.empty("lead");
        boolean qualified = false;
        for (Command c : commands(steps)) {
            Outcome a = running.handle(r, c);
            Outcome b = reference.handle(f, c);
            assertThat(a.getClass()).isEqualTo(b.getClass());
            if (a instanceof Outcome.Accepted x && b instanceof Outcome.Accepted y) {
                assertThat(x.events()).as(c.toString()).isEqualTo(y.events());
                assertThat(x.qualification()).isEqualTo(y.qualification());
                r = x.state();
                f = y.state();
                qualified |= x.events().stream().anyMatch(e -> e instanceof org.leadpact.lead.StageChanged s
                        && s.transition().equals("qualify"));
            } else {
                assertThat(a).isEqualTo(b);
            }
            assertThat(r).isEqualTo(f);
            Instant later = c.at().plusSeconds(3_600L * (1 + steps.size() % 200));
            for (Instant at : List.of(c.at(), later)) {
                Qualification q = running.qualifier().assess(r, at);
                assertThat(q.verdict()).as("at " + at).isEqualTo(reference.qualifier().assessFully(r, at).verdict());
            }
        }
        Statistics.label("qualified").collect(qualified);
        Statistics.label("qualified").coverage(cov -> cov.check(true).percentage(p -> p > 20));
    }

    @Provide
    Arbitrary<List<Integer>> longVisits() {
        return Arbitraries.integers().between(0, 7_200).list().ofMinSize(200).ofMaxSize(600);
    }

    /** Long histories near the threshold, where the running sums' error bounds must defer to the exact figure. */
    @Property(tries = 40)
    void long_histories_of_decaying_page_views_are_decided_exactly(@ForAll("agreements") Rules rules,
                                                                   @ForAll("longVisits") List<Integer> gaps) {
        Agreement agreement = agreement(new Rules(rules.threshold(), null, QualificationRule.SCORE, rules.halfLife(),
                Math.max(1, rules.pricingPoints()), null, rules.expiry(), rules.windowDays(), rules.visitsAtLeast()));
        Qualifier running = new Qualifier(agreement);
        Qualifier reference = Qualifier.fromWholeHistory(agreement);
        LeadState lead = LeadState.empty("lead").apply(new org.leadpact.lead.AttributesChanged(LeadFixture.T0,
                profile(2), "import"));
        Instant at = LeadFixture.T0;
        for (int i = 0; i < gaps.size(); i++) {
            at = at.plusSeconds(gaps.get(i)).plusNanos(i * 7_919L % 1_000_000_000L);
            lead = lead.apply(new org.leadpact.lead.ActivityRecorded(Activity.pageView(at, URLS[i % 2], 20)));
            assertThat(running.assess(lead, at).verdict()).as("after " + i + " views")
                    .isEqualTo(reference.assessFully(lead, at).verdict());
        }
    }
}
