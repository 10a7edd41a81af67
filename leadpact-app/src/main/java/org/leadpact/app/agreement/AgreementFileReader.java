package org.leadpact.app.agreement;

import java.io.IOException;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.document.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.AgreementCheck;
import org.leadpact.agreement.BehaviouralQualifiers;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.Dispositions;
import org.leadpact.agreement.FastTrack;
import org.leadpact.agreement.Glob;
import org.leadpact.agreement.Identity;
import org.leadpact.agreement.Intent;
import org.leadpact.agreement.LeadField;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.Period;
import org.leadpact.agreement.Problem;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.agreement.Recycling;
import org.leadpact.agreement.Regions;
import org.leadpact.agreement.RequiredInformation;
import org.leadpact.agreement.Signature;
import org.leadpact.agreement.Signatures;
import org.leadpact.agreement.TargetBuyer;
import org.leadpact.agreement.Term;
import org.leadpact.agreement.TitlePattern;
import org.leadpact.lead.ActivityType;

/**
 * Reads an agreement file (YAML). Reports every problem it finds with its line and path; when the
 * file is well formed, also runs the core's contradiction checks and places them on their lines.
 * The SLA, calendar and stage sections are read by {@link SlaSections}; scoring by
 * {@link ScoringSection}, routing by {@link RoutingSection}.
 */
public final class AgreementFileReader {
    static final String[] TOP_LEVEL = {"agreement", "signatures", "targetBuyer", "requiredInformation",
        "behaviouralQualifiers", "scoring", "fastTrack", "routing", "marketingSla", "salesSla", "mutualSla",
        "dispositions", "recycling", "calendar", "opportunityStages", "escalation"};

    private AgreementFileReader() {
    }

    public static AgreementFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static AgreementFile parse(String fileName, String content) {
        DocumentReader tree = new DocumentReader();
        YamlNode root;
        try {
            root = tree.read(content);
        } catch (DocumentReader.SyntaxError e) {
            return new AgreementFile(fileName, null, List.of(new FileProblem(fileName, e.line(), "", e.getMessage())));
        }
        Binder b = new Binder();
        tree.problems().forEach(p -> b.problem(p.line(), p.path(), p.message()));
        Agreement agreement = bind(b, root);
        if (agreement != null && b.problems().isEmpty()) {
            for (Problem p : AgreementCheck.problems(agreement)) {
                b.problem(b.lineOf(p.path()), p.path(), p.message());
            }
        }
        List<FileProblem> problems = new ArrayList<>();
        b.problems().stream()
                .sorted(Comparator.comparingInt(Binder.Problem::line))
                .forEach(p -> problems.add(new FileProblem(fileName, p.line(), p.path(), p.message())));
        return new AgreementFile(fileName, agreement, problems);
    }

    private static Agreement bind(Binder b, YamlNode root) {
        Binder.Obj top = b.obj(root, "");
        Identity identity = top.get("agreement", true, (n, p) -> identity(b, n, p));
        Signatures signatures = top.get("signatures", false, (n, p) -> signatures(b, n, p), Signatures.NONE);
        TargetBuyer buyer = top.get("targetBuyer", false, (n, p) -> targetBuyer(b, n, p), TargetBuyer.ANYONE);
        RequiredInformation required = top.get("requiredInformation", false, (n, p) -> required(b, n, p),
                RequiredInformation.DEFAULT);
        BehaviouralQualifiers behaviour = top.get("behaviouralQualifiers", false, (n, p) -> behaviour(b, n, p));
        var scoring = top.get("scoring", true, (n, p) -> ScoringSection.scoring(b, n, p));
        FastTrack fastTrack = top.get("fastTrack", false, (n, p) -> {
            List<ActivityType> types = b.list(n, p, (item, ip) -> activityType(b, item, ip));
            return types == null ? null : new FastTrack(types);
        }, FastTrack.NONE);
        var routing = top.get("routing", false, (n, p) -> RoutingSection.routing(b, n, p));
        var marketingSla = top.get("marketingSla", false, (n, p) -> SlaSections.marketing(b, n, p));
        var salesSla = top.get("salesSla", false, (n, p) -> SlaSections.sales(b, n, p));
        var mutualSla = top.get("mutualSla", false, (n, p) -> SlaSections.mutual(b, n, p));
        Dispositions dispositions = top.get("dispositions", false, (n, p) -> {
            List<Disposition> list = b.list(n, p, (item, ip) ->
                    b.word(item, ip, Disposition::fromCode, String.join(", ", Disposition.codes())));
            return list == null ? null : b.attempt(n, p, () -> new Dispositions(list));
        });
        Recycling recycling = top.get("recycling", false, (n, p) -> recycling(b, n, p));
        var calendar = top.get("calendar", false, (n, p) -> SlaSections.calendar(b, n, p));
        var stages = top.get("opportunityStages", false, (n, p) -> SlaSections.stages(b, n, p));
        var escalation = top.get("escalation", false, (n, p) -> SlaSections.escalation(b, n, p));
        top.done(TOP_LEVEL);
        if (!b.problems().isEmpty() || identity == null || scoring == null) {
            return null;
        }
        return b.attempt(root, "", () -> new Agreement(identity, signatures, buyer, required, behaviour, scoring,
                fastTrack, routing, marketingSla, salesSla, mutualSla, dispositions, recycling, calendar, stages,
                escalation));
    }

    static ActivityType activityType(Binder b, YamlNode node, String path) {
        return b.word(node, path, ActivityType::fromCode, ActivityType.allCodes());
    }

    private static Identity identity(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        String name = o.get("name", true, b::text);
        String version = o.get("version", true, b::text);
        var effective = o.get("effective", true, b::date);
        Term term = o.get("term", true, (n, p) -> {
            Binder.Obj t = b.obj(n, p);
            var ends = t.get("ends", false, b::date);
            Integer months = t.get("months", false, b::wholeNumber);
            t.done("ends", "months");
            if (ends == null && months == null && !t.has("ends") && !t.has("months")) {
                b.problem(n, p, "give the term as 'months: 12' or 'ends: 2027-12-31'");
                return null;
            }
            return ends == null && months == null ? null : b.attempt(n, p, () -> new Term(ends, months));
        });
        Period review = o.get("reviewEvery", false, (n, p) -> period(b, n, p), Period.QUARTER);
        String purpose = o.get("purpose", false, b::text);
        Map<String, String> glossary = o.get("glossary", false, (n, p) -> {
            Binder.Obj g = b.obj(n, p);
            Map<String, String> terms = new LinkedHashMap<>();
            for (String key : g.keys()) {
                String meaning = b.text(g.entry(key).value(), g.path(key));
                if (meaning != null) {
                    terms.put(key, meaning);
                }
            }
            return terms;
        }, Map.of());
        o.done("name", "version", "effective", "term", "reviewEvery", "purpose", "glossary");
        if (name == null || version == null || effective == null || term == null) {
            return null;
        }
        return b.attempt(node, path, () -> new Identity(name, version, effective, term, review, purpose, glossary));
    }

    static Period period(Binder b, YamlNode node, String path) {
        return b.word(node, path, Period::fromCode, "week, two-weeks, month, quarter, half-year, year");
    }

    private static Signatures signatures(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Signature marketing = o.get("marketing", false, (n, p) -> signature(b, n, p));
        Signature sales = o.get("sales", false, (n, p) -> signature(b, n, p));
        o.done("marketing", "sales");
        return new Signatures(marketing, sales);
    }

    private static Signature signature(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        String name = o.get("name", true, b::text);
        String role = o.get("role", true, b::text);
        var signedAt = o.get("signedAt", true, b::instant);
        o.done("name", "role", "signedAt");
        return name == null || role == null || signedAt == null ? null
                : b.attempt(node, path, () -> new Signature(name, role, signedAt));
    }

    private static TargetBuyer targetBuyer(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        NumberRange employees = o.get("companySize", false, (n, p) -> range(b, n, p));
        NumberRange revenue = o.get("annualRevenue", false, (n, p) -> range(b, n, p));
        List<String> locations = o.get("hqLocations", false, (n, p) -> b.list(n, p, (item, ip) -> {
            String location = b.text(item, ip);
            if (location != null && !Regions.isKnown(location)) {
                b.problem(item, ip, "'" + location + "' is neither a country nor a known region (North America, "
                        + "LATAM, Europe, EMEA, DACH, Nordics, UK&I, Benelux, Middle East, APAC, ANZ)");
                return null;
            }
            return location;
        }), List.of());
        List<TitlePattern> titles = o.get("titles", false, (n, p) -> b.list(n, p, (item, ip) -> {
            Binder.Obj t = b.obj(item, ip);
            String level = t.get("level", false, b::text);
            String function = t.get("function", false, b::text);
            t.done("level", "function");
            return b.attempt(item, ip, () -> new TitlePattern(level, function));
        }), List.of());
        List<List<String>> industries = o.get("industries", false, (n, p) -> {
            Binder.Obj i = b.obj(n, p);
            List<String> include = i.get("include", false, (x, xp) -> b.list(x, xp, b::text), List.of());
            List<String> exclude = i.get("exclude", false, (x, xp) -> b.list(x, xp, b::text), List.of());
            i.done("include", "exclude");
            return List.of(include, exclude);
        }, List.of(List.of(), List.of()));
        o.done("companySize", "annualRevenue", "hqLocations", "titles", "industries");
        return b.attempt(node, path, () -> new TargetBuyer(employees, revenue, locations, titles,
                industries.get(0), industries.get(1)));
    }

    static NumberRange range(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Double min = o.get("min", false, b::number);
        Double max = o.get("max", false, b::number);
        o.done("min", "max");
        return b.attempt(node, path, () -> new NumberRange(min, max));
    }

    private static RequiredInformation required(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        List<LeadField> fields = o.get("fields", true, (n, p) -> b.list(n, p, (item, ip) -> b.word(item, ip,
                LeadField::fromCode, "full-name, first-name, last-name, company, title, phone, email, business-email, "
                        + "city, state, country, website, industry")));
        List<String> freeMail = o.get("freeMailDomains", false, (n, p) -> b.list(n, p, b::text), List.of());
        o.done("fields", "freeMailDomains");
        return fields == null ? null : b.attempt(node, path, () -> new RequiredInformation(fields, freeMail));
    }

    private static BehaviouralQualifiers behaviour(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        QualificationRule rule = o.get("rule", false, (n, p) -> b.word(n, p, QualificationRule::fromCode,
                String.join(", ", QualificationRule.codes())), QualificationRule.BEHAVIOUR_OR_SCORE);
        List<Intent> anyOf = o.get("anyOf", false, (n, p) -> b.list(n, p, (item, ip) -> {
            Binder.Obj i = b.obj(item, ip);
            ActivityType activity = i.get("activity", false, (x, xp) -> activityType(b, x, xp));
            Glob subject = i.get("subject", false, (x, xp) -> glob(b, x, xp));
            String question = i.get("question", false, b::text);
            String answer = i.get("answer", false, b::text);
            i.done("activity", "subject", "question", "answer");
            return b.attempt(item, ip, () -> new Intent(activity, subject, question, answer));
        }), List.of());
        o.done("rule", "anyOf");
        return anyOf == null ? null : new BehaviouralQualifiers(anyOf, rule);
    }

    static Glob glob(Binder b, YamlNode node, String path) {
        String text = b.text(node, path);
        return text == null ? null : b.attempt(node, path, () -> new Glob(text));
    }

    private static Recycling recycling(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        List<RecycleReason> reasons = o.get("reasons", false, (n, p) -> b.list(n, p, (item, ip) ->
                b.word(item, ip, RecycleReason::fromCode, String.join(", ", RecycleReason.codes()))),
                Recycling.DEFAULT.reasons());
        Boolean lost = o.get("lostOpportunities", false, b::bool, true);
        String track = o.get("nurtureTrack", false, b::text, Recycling.DEFAULT.nurtureTrack());
        o.done("reasons", "lostOpportunities", "nurtureTrack");
        return b.attempt(node, path, () -> new Recycling(reasons, lost, track));
    }
}
