package org.leadpact.qualification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AttributeTest;
import org.leadpact.agreement.Intent;
import org.leadpact.agreement.LeadField;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.TargetBuyer;
import org.leadpact.agreement.TitlePattern;
import org.leadpact.lead.Activity;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadState;
import org.leadpact.qualification.Check.Kind;
import org.leadpact.scoring.Score;
import org.leadpact.scoring.Scorer;

/**
 * Applies one agreement's qualified-lead definition. A lead qualifies when its required information
 * is complete, it fits the target buyer, and it shows intent (behaviour and/or score as the agreement
 * says) or took a fast-track action. After a recycle only engagement since the recycle counts.
 */
public final class Qualifier {
    private final Agreement agreement;
    private final Scorer scorer;
    private final List<CompiledTitle> titles;
    private final boolean running;

    public Qualifier(Agreement agreement) {
        this(agreement, new Scorer(agreement));
    }

    public Qualifier(Agreement agreement, Scorer scorer) {
        this(agreement, scorer, true);
    }

    private Qualifier(Agreement agreement, Scorer scorer, boolean running) {
        this.agreement = agreement;
        this.scorer = scorer;
        this.titles = agreement.targetBuyer().titles().stream().map(CompiledTitle::new).toList();
        this.running = running;
    }

    /**
     * A qualifier that assesses every lead from its whole engagement every time: the reference the
     * running path is tested and measured against.
     */
    public static Qualifier fromWholeHistory(Agreement agreement) {
        return new Qualifier(agreement, new Scorer(agreement), false);
    }

    public Scorer scorer() {
        return scorer;
    }

    /**
     * The lead's qualification at {@code at}. The verdict comes from the lead's running assessment
     * when it has one that can answer (about O(1) after each new event, see {@link RunningAssessment});
     * the explanation is then worked out from the whole history when first asked for. Qualified leads
     * are explained at once: their explanation goes into the MQL event.
     */
    public Qualification assess(LeadState lead, Instant at) {
        if (running && RunningAssessment.knownProfileGap(this, lead)) {
            // Whatever its engagement, such a lead cannot qualify: near or not, and why, wait until asked.
            return Qualification.unqualifiedLater(agreement.version(), at, () -> assessFully(lead, at));
        }
        Verdict verdict = running ? RunningAssessment.verdict(this, lead, at) : null;
        if (verdict == null || verdict == Verdict.QUALIFIED) {
            return assessFully(lead, at);
        }
        return Qualification.explainedLater(verdict, agreement.version(), at, () -> assessFully(lead, at));
    }

    /**
     * What the lead needs from the score threshold to qualify at {@code at} (a back-test's threshold
     * sweep). {@code knownPoints}: the best score this lead already showed; an AT_MOST answer not
     * above it may be any number not above it (so most answers stay cheap).
     */
    public ThresholdNeed thresholdNeed(LeadState lead, Instant at, long knownPoints) {
        ThresholdNeed need = running ? RunningAssessment.need(this, lead, at, knownPoints) : null;
        if (need != null) {
            return need;
        }
        Qualification q = assessFully(lead, at);
        int gaps = (int) q.checks().stream().filter(c -> c.isProfile() && !c.met()).count();
        return ThresholdNeed.of(gaps, met(q, Kind.FAST_TRACK, false), met(q, Kind.BEHAVIOUR, false),
                met(q, Kind.NEW_ENGAGEMENT, true), rule(), () -> Math.floorDiv(q.score().total().hundredths(), 100));
    }

    private static boolean met(Qualification q, Kind kind, boolean absent) {
        return q.checks().stream().filter(c -> c.kind() == kind).findFirst().map(Check::met).orElse(absent);
    }

    /** The qualification worked out from the lead's whole engagement, with every check and the score's explanation. */
    public Qualification assessFully(LeadState lead, Instant at) {
        Attributes attributes = lead.attributes();
        // Not copied: the scorer and the checks below skip activities after the instant themselves.
        List<Activity> engagement = lead.engagementSinceRecycle();
        Score score = scorer.score(attributes, engagement, at);

        List<Check> checks = new ArrayList<>();
        profileChecks(attributes, checks);
        QualificationRule rule = agreement.behaviouralQualifiers().rule();
        Optional<Activity> behaviour = firstIntent(engagement, at);
        String since = lead.lastRecycledAt() == null ? "" : " since the recycle on " + lead.lastRecycledAt();
        if (rule.usesBehaviour()) {
            checks.add(new Check(Kind.BEHAVIOUR, "behaviouralQualifiers", behaviour.isPresent(),
                    behaviour.map(a -> "showed intent: " + describe(a)).orElse("no behavioural qualifier" + since)));
        }
        if (rule.usesScore()) {
            checks.add(new Check(Kind.SCORE, "scoring.threshold", score.reachesThreshold(),
                    "score " + score.total() + (score.reachesThreshold() ? " reaches " : " is below ")
                            + "the threshold " + score.threshold() + since));
        }
        Optional<Activity> fastTrack = engagement.stream().filter(a -> !a.at().isAfter(at))
                .filter(a -> agreement.fastTrack().activities().contains(a.type())).findFirst();
        if (!agreement.fastTrack().activities().isEmpty()) {
            checks.add(new Check(Kind.FAST_TRACK, "fastTrack", fastTrack.isPresent(),
                    fastTrack.map(a -> "fast-track action: " + describe(a)).orElse("no fast-track action" + since)));
        }
        boolean engagedAgain = true;
        if (lead.lastRecycledAt() != null) {
            // Attribute points alone must not send a recycled lead straight back: it has to engage anew.
            engagedAgain = engagement.stream().anyMatch(a -> !a.at().isAfter(at) && !a.type().isSalesTouch());
            checks.add(new Check(Kind.NEW_ENGAGEMENT, "recycling", engagedAgain, engagedAgain
                    ? "engaged again after the recycle on " + lead.lastRecycledAt()
                    : "no new engagement since the recycle on " + lead.lastRecycledAt()));
        }
        return decide(at, score, checks, rule, engagedAgain ? behaviour : Optional.empty(),
                fastTrack, engagedAgain);
    }

    private Qualification decide(Instant at, Score score, List<Check> checks, QualificationRule rule,
                                 Optional<Activity> behaviour, Optional<Activity> fastTrack, boolean engagedAgain) {
        List<Check> profileGaps = checks.stream().filter(c -> c.isProfile() && !c.met()).toList();
        boolean intent = engagedAgain && rule.intentMet(behaviour.isPresent(), score.reachesThreshold());
        String version = agreement.version();
        if (profileGaps.isEmpty() && fastTrack.isPresent()) {
            return new Qualification(Verdict.QUALIFIED, version, at, score, checks,
                    "fast-track (" + describe(fastTrack.get()) + ")", "fastTrack", null);
        }
        if (profileGaps.isEmpty() && intent) {
            boolean byScore = rule == QualificationRule.SCORE
                    || (rule == QualificationRule.BEHAVIOUR_OR_SCORE && behaviour.isEmpty());
            String route = switch (rule) {
                case BEHAVIOUR_AND_SCORE -> "behaviour (" + describe(behaviour.get()) + ") and score "
                        + score.total() + " ≥ " + score.threshold();
                case BEHAVIOUR -> "behaviour (" + describe(behaviour.get()) + ")";
                default -> byScore ? "score " + score.total() + " ≥ " + score.threshold()
                        : "behaviour (" + describe(behaviour.get()) + ")";
            };
            return new Qualification(Verdict.QUALIFIED, version, at, score, checks, route,
                    byScore ? "scoring.threshold" : "behaviouralQualifiers", null);
        }
        if (profileGaps.size() == 1 && (intent || fastTrack.isPresent())) {
            return new Qualification(Verdict.NEAR_QUALIFIED, version, at, score, checks, null, null,
                    profileGaps.get(0).words());
        }
        return new Qualification(Verdict.NOT_QUALIFIED, version, at, score, checks, null, null, null);
    }

    QualificationRule rule() {
        return agreement.behaviouralQualifiers().rule();
    }

    boolean showsIntent(Activity a) {
        for (Intent intent : agreement.behaviouralQualifiers().anyOf()) {
            if (intent.shownBy(a)) {
                return true;
            }
        }
        return false;
    }

    boolean isFastTrack(Activity a) {
        return agreement.fastTrack().activities().contains(a.type());
    }

    /** How many required fields and target-buyer criteria these attributes miss. */
    int profileGaps(Attributes a) {
        List<Check> checks = new ArrayList<>();
        profileChecks(a, checks);
        return (int) checks.stream().filter(c -> !c.met()).count();
    }

    private void profileChecks(Attributes a, List<Check> checks) {
        var required = agreement.requiredInformation();
        for (int i = 0; i < required.fields().size(); i++) {
            LeadField field = required.fields().get(i);
            Optional<String> problem = FieldCheck.problem(field, a, required);
            checks.add(new Check(Kind.REQUIRED_INFORMATION, "requiredInformation.fields[" + i + "]",
                    problem.isEmpty(), problem.orElse(field.code() + " present")));
        }
        TargetBuyer buyer = agreement.targetBuyer();
        if (buyer.employees() != null) {
            checks.add(rangeCheck(a, Attributes.EMPLOYEES, "employees", buyer.employees(), "targetBuyer.companySize"));
        }
        if (buyer.annualRevenue() != null) {
            checks.add(rangeCheck(a, Attributes.ANNUAL_REVENUE, "annual revenue", buyer.annualRevenue(),
                    "targetBuyer.annualRevenue"));
        }
        if (!buyer.hqLocations().isEmpty()) {
            AttributeTest test = new AttributeTest.InLocation(buyer.hqLocations());
            Optional<String> country = a.text(Attributes.COUNTRY);
            checks.add(new Check(Kind.DEMOGRAPHIC, "targetBuyer.hqLocations", test.passes(a, Attributes.COUNTRY),
                    country.map(c -> "HQ country " + c + (test.passes(a, Attributes.COUNTRY) ? " is in " : " is not in ")
                            + String.join(", ", buyer.hqLocations())).orElse("HQ country missing")));
        }
        if (!titles.isEmpty()) {
            Optional<String> title = a.text(Attributes.TITLE);
            boolean fits = title.isPresent() && titles.stream().anyMatch(t -> t.fits(title.get()));
            checks.add(new Check(Kind.DEMOGRAPHIC, "targetBuyer.titles", fits,
                    title.map(t -> "title '" + t + "'" + (fits ? " fits " : " does not fit ")
                            + buyer.titles()).orElse("title missing")));
        }
        industryCheck(a, buyer).ifPresent(checks::add);
    }

    private static Optional<Check> industryCheck(Attributes a, TargetBuyer buyer) {
        if (buyer.includeIndustries().isEmpty() && buyer.excludeIndustries().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> industry = a.text(Attributes.INDUSTRY);
        if (industry.isEmpty()) {
            return Optional.of(new Check(Kind.DEMOGRAPHIC, "targetBuyer.industries", false, "industry missing"));
        }
        String value = industry.get();
        boolean listed = (buyer.includeIndustries().isEmpty() ? buyer.excludeIndustries() : buyer.includeIndustries())
                .stream().anyMatch(i -> i.equalsIgnoreCase(value));
        boolean fits = buyer.includeIndustries().isEmpty() ? !listed : listed;
        String words = "industry " + value + (fits ? " is in scope" : buyer.includeIndustries().isEmpty()
                ? " is excluded" : " is not among " + buyer.includeIndustries());
        return Optional.of(new Check(Kind.DEMOGRAPHIC, "targetBuyer.industries", fits, words));
    }

    private static Check rangeCheck(Attributes a, String attribute, String words, NumberRange range, String clause) {
        Optional<Double> value = a.number(attribute);
        if (value.isEmpty()) {
            return new Check(Kind.DEMOGRAPHIC, clause, false, words + " missing");
        }
        boolean fits = range.contains(value.get());
        return new Check(Kind.DEMOGRAPHIC, clause, fits, words + " " + a.text(attribute).orElse("")
                + (fits ? " within " : " outside ") + range);
    }

    private Optional<Activity> firstIntent(List<Activity> engagement, Instant at) {
        List<Intent> intents = agreement.behaviouralQualifiers().anyOf();
        return engagement.stream().filter(a -> !a.at().isAfter(at))
                .filter(a -> intents.stream().anyMatch(i -> i.shownBy(a))).findFirst();
    }

    private static String describe(Activity a) {
        String what = a.question() != null ? "\"" + a.question() + "\" answered " + a.answer()
                : a.type().code() + (a.subject() != null ? " \"" + a.subject() + "\"" : "")
                + (a.url() != null ? " " + a.url() : "");
        return what + " at " + a.at();
    }

    /** A title pattern with both parts compiled once. */
    private record CompiledTitle(Pattern level, Pattern function) {
        CompiledTitle(TitlePattern pattern) {
            this(compile(pattern.level()), compile(pattern.function()));
        }

        private static Pattern compile(String regex) {
            // Whole words only: "VP" must not match inside "MVP".
            return regex == null ? null : Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE);
        }

        boolean fits(String title) {
            return (level == null || level.matcher(title).find()) && (function == null || function.matcher(title).find());
        }
    }
}
