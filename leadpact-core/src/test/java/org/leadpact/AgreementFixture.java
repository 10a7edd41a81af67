package org.leadpact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AttributeTest;
import org.leadpact.agreement.Band;
import org.leadpact.agreement.BehaviouralQualifiers;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.FastTrack;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.Identity;
import org.leadpact.agreement.Intent;
import org.leadpact.agreement.LeadField;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.Period;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.RequiredInformation;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.agreement.Signature;
import org.leadpact.agreement.Signatures;
import org.leadpact.agreement.TargetBuyer;
import org.leadpact.agreement.Term;
import org.leadpact.agreement.TitlePattern;
import org.leadpact.lead.ActivityType;

/**
 * Small agreements for tests, built in code. The classic one mirrors the core of
 * examples/agreement.yaml (the app module's tests read that file itself).
 */
public final class AgreementFixture {
    private AgreementFixture() {
    }

    public static Identity identity(String version) {
        return new Identity("Test agreement", version, LocalDate.parse("2027-01-01"), new Term(null, 12), Period.QUARTER,
                null, Map.of());
    }

    public static TargetBuyer marketingLeadersAtMidMarketFirmsInNorthAmerica() {
        return new TargetBuyer(new NumberRange(100.0, null), null, List.of("North America"),
                List.of(new TitlePattern("Manager|Director|VP|Vice President", "Marketing")), List.of(),
                List.of("Government", "Non-profit"));
    }

    public static RequiredInformation classicRequiredInformation() {
        return new RequiredInformation(List.of(LeadField.FULL_NAME, LeadField.COMPANY, LeadField.PHONE,
                LeadField.BUSINESS_EMAIL, LeadField.CITY, LeadField.STATE, LeadField.WEBSITE), List.of());
    }

    public static BehaviouralQualifiers classicIntent(QualificationRule rule) {
        return new BehaviouralQualifiers(List.of(Intent.activity(ActivityType.CONTENT_REGISTRATION),
                Intent.activity(ActivityType.WEBINAR_REGISTRATION), Intent.activity(ActivityType.DEMO_REQUEST),
                Intent.answered("Do you want to hear more?", "yes")), rule);
    }

    public static List<ScoringRule> classicRules() {
        List<ScoringRule> rules = new ArrayList<>();
        rules.add(new ScoringRule.AttributeRule("leader", "title", new AttributeTest.Matches("Director|VP"), 10));
        rules.add(new ScoringRule.AttributeRule("student", "title", new AttributeTest.Matches("student"), -30));
        rules.add(activity("pricing", ActivityType.PAGE_VIEW, "*/pricing*", 10, 20,
                new Decay(AgreedDuration.parse("30 days"), null)));
        rules.add(activity("pages", ActivityType.PAGE_VIEW, null, 2, 10, null));
        rules.add(activity("content", ActivityType.CONTENT_REGISTRATION, null, 15, 30, null));
        rules.add(activity("webinar", ActivityType.WEBINAR_ATTENDED, null, 15, 15, null));
        rules.add(activity("clicks", ActivityType.EMAIL_CLICK, null, 5, 15,
                new Decay(null, AgreedDuration.parse("60 days"))));
        rules.add(new ScoringRule.MetricRule("minutes", ScoringRule.Metric.MINUTES_ON_SITE, null, null, 1, 10, null));
        rules.add(new ScoringRule.MetricRule("repeat", ScoringRule.Metric.REPEAT_VISITS, 1, 5, null, null, null));
        rules.add(activity("unsubscribed", ActivityType.UNSUBSCRIBE, null, -20, null, null));
        return rules;
    }

    public static ScoringRule.ActivityRule activity(String id, ActivityType type, String url, int points, Integer cap,
                                                    Decay decay) {
        return new ScoringRule.ActivityRule(id, Set.of(type), url == null ? null : new Glob(url), null, null, points,
                cap, decay);
    }

    public static ScoringModel scoring(int threshold, List<ScoringRule> rules) {
        return new ScoringModel(threshold, 100, List.of(new Band("A", 80, null), new Band("B", 60, 79),
                new Band("C", 30, 59)), rules, List.of(new Glob("*/careers*")), null);
    }

    public static Signatures bothSigned() {
        return new Signatures(new Signature("Dana Reyes", "VP Marketing", Instant.parse("2026-12-15T10:00:00Z")),
                new Signature("Sam Okafor", "VP Sales", Instant.parse("2026-12-16T10:00:00Z")));
    }

    public static Agreement classic() {
        return classic(QualificationRule.BEHAVIOUR_OR_SCORE);
    }

    public static Agreement classic(QualificationRule rule) {
        return new Agreement(identity("1"), bothSigned(), marketingLeadersAtMidMarketFirmsInNorthAmerica(),
                classicRequiredInformation(), classicIntent(rule), scoring(60, classicRules()),
                new FastTrack(List.of(ActivityType.DEMO_REQUEST, ActivityType.CONTACT_SALES)), null, null, null, null,
                null, null, null, null);
    }

    /** Same definition, different version and threshold: for "past decisions keep their version". */
    public static Agreement classicVersion(String version, int threshold) {
        Agreement a = classic();
        return new Agreement(identity(version), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), scoring(threshold, classicRules()), a.fastTrack(), null, null, null, null,
                null, null, null, null);
    }
}
