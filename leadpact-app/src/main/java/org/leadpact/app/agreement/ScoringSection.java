package org.leadpact.app.agreement;

import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadpact.agreement.AttributeTest;
import org.leadpact.agreement.Band;
import org.leadpact.agreement.Decay;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.ScoringModel;
import org.leadpact.agreement.ScoringRule;
import org.leadpact.lead.ActivityType;

/** Reads the scoring model of an agreement file. */
final class ScoringSection {
    private static final String[] SCORING_KEYS = {"threshold", "maximum", "bands", "rules", "ignoredPages", "visitGap"};
    private static final String[] RULE_KEYS = {"id", "attribute", "activity", "activities", "metric", "points",
        "equals", "in", "matches", "atLeast", "atMost", "present", "locations", "url", "subject", "campaign", "cap",
        "decay", "each", "within"};

    private ScoringSection() {
    }

    static ScoringModel scoring(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Integer threshold = o.get("threshold", true, b::wholeNumber);
        Integer maximum = o.get("maximum", false, b::wholeNumber);
        List<Band> bands = o.get("bands", false, (n, p) -> bands(b, n, p), List.of());
        List<ScoringRule> rules = o.get("rules", true, (n, p) -> b.list(n, p, (item, ip) -> rule(b, item, ip)));
        List<Glob> ignored = o.get("ignoredPages", false,
                (n, p) -> b.list(n, p, (item, ip) -> AgreementFileReader.glob(b, item, ip)), List.of());
        var visitGap = o.get("visitGap", false, b::duration);
        o.done(SCORING_KEYS);
        if (threshold == null || rules == null) {
            return null;
        }
        return b.attempt(node, path, () -> new ScoringModel(threshold, maximum, bands, rules, ignored, visitGap));
    }

    /** "A: 80" starts a band at 80 and ends it below the next band up; "B: 60-79" gives both ends. */
    private static List<Band> bands(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        record Bound(String name, int from, Integer to, YamlNode node, String path) {
        }
        List<Bound> bounds = new ArrayList<>();
        for (String name : o.keys()) {
            YamlNode value = o.entry(name).value();
            String bandPath = o.path(name);
            b.remember(bandPath, o.entry(name).keyLine());
            if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.WHOLE_NUMBER) {
                bounds.add(new Bound(name, Integer.parseInt(s.text()), null, value, bandPath));
            } else if (value instanceof YamlNode.Scalar s && s.text() != null && s.text().matches("\\s*-?\\d+\\s*-\\s*-?\\d+\\s*")) {
                String[] ends = s.text().strip().split("(?<=\\d)\\s*-\\s*");
                bounds.add(new Bound(name, Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()), value,
                        bandPath));
            } else {
                b.problem(value, bandPath, "a band is a lowest score (80) or a range (\"60-79\")");
            }
        }
        List<Bound> byFrom = bounds.stream().sorted(Comparator.comparingInt(Bound::from).reversed()).toList();
        for (int i = 1; i < byFrom.size(); i++) {
            if (byFrom.get(i).from() == byFrom.get(i - 1).from()) {
                b.problem(byFrom.get(i).node(), byFrom.get(i).path(), "band " + byFrom.get(i).name() + " starts at "
                        + byFrom.get(i).from() + ", like band " + byFrom.get(i - 1).name());
                return null;
            }
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < byFrom.size(); i++) {
            Bound bound = byFrom.get(i);
            Integer to = bound.to() != null ? bound.to() : i == 0 ? null : byFrom.get(i - 1).from() - 1;
            Band band = b.attempt(bound.node(), bound.path(), () -> new Band(bound.name(), bound.from(), to));
            if (band != null) {
                bands.add(band);
            }
        }
        return bands;
    }

    private static ScoringRule rule(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        String id = o.get("id", true, b::text);
        long kinds = List.of("attribute", "activity", "activities", "metric").stream().filter(o::has).count();
        ScoringRule rule = null;
        if (kinds != 1) {
            b.problem(node, path, "a rule scores exactly one of: an attribute, an activity (or activities), a metric");
            o.keys().forEach(o::optional); // the rest cannot be judged until the kind is clear
        } else if (o.has("attribute")) {
            rule = attributeRule(b, o, id, node, path);
        } else if (o.has("metric")) {
            rule = metricRule(b, o, id, node, path);
        } else {
            rule = activityRule(b, o, id, node, path);
        }
        o.done(RULE_KEYS);
        return rule;
    }

    private static ScoringRule attributeRule(Binder b, Binder.Obj o, String id, YamlNode node, String path) {
        String attribute = o.get("attribute", true, b::text);
        Integer points = o.get("points", true, b::wholeNumber);
        List<AttributeTest> tests = new ArrayList<>();
        String equals = o.get("equals", false, b::text);
        if (equals != null) {
            tests.add(new AttributeTest.Equals(equals));
        }
        List<String> in = o.get("in", false, (n, p) -> b.list(n, p, b::text));
        if (in != null) {
            tests.add(b.attempt(node, o.path("in"), () -> new AttributeTest.OneOf(in)));
        }
        String matches = o.get("matches", false, b::text);
        if (matches != null) {
            tests.add(b.attempt(node, o.path("matches"), () -> new AttributeTest.Matches(matches)));
        }
        Double atLeast = o.get("atLeast", false, b::number);
        Double atMost = o.get("atMost", false, b::number);
        if (atLeast != null || atMost != null) {
            tests.add(b.attempt(node, path, () -> new AttributeTest.InRange(new NumberRange(atLeast, atMost))));
        }
        Boolean present = o.get("present", false, b::bool);
        if (Boolean.TRUE.equals(present)) {
            tests.add(new AttributeTest.Present());
        }
        List<String> locations = o.get("locations", false, (n, p) -> b.list(n, p, b::text));
        if (locations != null) {
            tests.add(b.attempt(node, o.path("locations"), () -> new AttributeTest.InLocation(locations)));
        }
        for (String activityOnly : List.of("url", "subject", "campaign", "cap", "decay", "each", "within")) {
            if (o.has(activityOnly)) {
                b.problem(node, o.path(activityOnly), "does not apply to an attribute rule");
                o.optional(activityOnly); // reported once, here
            }
        }
        if (tests.size() != 1) {
            b.problem(node, path, "an attribute rule has exactly one test: equals, in, matches, atLeast/atMost, "
                    + "present or locations");
            return null;
        }
        AttributeTest test = tests.get(0);
        if (id == null || attribute == null || points == null || test == null) {
            return null;
        }
        return b.attempt(node, path, () -> new ScoringRule.AttributeRule(id, attribute, test, points));
    }

    private static ScoringRule activityRule(Binder b, Binder.Obj o, String id, YamlNode node, String path) {
        Set<ActivityType> types;
        if (o.has("activity")) {
            ActivityType type = o.get("activity", true, (n, p) -> AgreementFileReader.activityType(b, n, p));
            types = type == null ? null : Set.of(type);
        } else {
            List<ActivityType> list = o.get("activities", true,
                    (n, p) -> b.list(n, p, (item, ip) -> AgreementFileReader.activityType(b, item, ip)));
            types = list == null ? null : Set.copyOf(list);
        }
        Integer points = o.get("points", true, b::wholeNumber);
        Glob url = o.get("url", false, (n, p) -> AgreementFileReader.glob(b, n, p));
        Glob subject = o.get("subject", false, (n, p) -> AgreementFileReader.glob(b, n, p));
        Glob campaign = o.get("campaign", false, (n, p) -> AgreementFileReader.glob(b, n, p));
        Integer cap = o.get("cap", false, b::wholeNumber);
        Decay decay = o.get("decay", false, (n, p) -> {
            Binder.Obj d = b.obj(n, p);
            var halfLife = d.get("halfLife", false, b::duration);
            var expires = d.get("expiresAfter", false, b::duration);
            d.done("halfLife", "expiresAfter");
            return b.attempt(n, p, () -> new Decay(halfLife, expires));
        });
        rejectKeys(b, o, node, "an activity rule", "equals", "in", "matches", "atLeast", "atMost", "present",
                "locations", "each", "within");
        if (id == null || types == null || points == null) {
            return null;
        }
        return b.attempt(node, path, () -> new ScoringRule.ActivityRule(id, types, url, subject, campaign, points, cap,
                decay));
    }

    private static ScoringRule metricRule(Binder b, Binder.Obj o, String id, YamlNode node, String path) {
        ScoringRule.Metric metric = o.get("metric", true, (n, p) -> b.word(n, p, ScoringRule.Metric::fromCode,
                String.join(", ", ScoringRule.Metric.codes())));
        Integer atLeast = o.get("atLeast", false, b::wholeNumber);
        Integer points = o.get("points", false, b::wholeNumber);
        Integer each = o.get("each", false, b::wholeNumber);
        Integer cap = o.get("cap", false, b::wholeNumber);
        var within = o.get("within", false, b::duration);
        rejectKeys(b, o, node, "a metric rule", "equals", "in", "matches", "atMost", "present", "locations", "url",
                "subject", "campaign", "decay");
        if (id == null || metric == null) {
            return null;
        }
        return b.attempt(node, path, () -> new ScoringRule.MetricRule(id, metric, atLeast, points, each, cap, within));
    }

    private static void rejectKeys(Binder b, Binder.Obj o, YamlNode node, String what, String... keys) {
        for (String key : keys) {
            if (o.has(key)) {
                b.problem(node, o.path(key), "does not apply to " + what);
                o.optional(key); // reported once, here
            }
        }
    }
}
