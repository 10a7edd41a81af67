package org.leadpact.app.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.DocumentReader;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.exchange.Mapping.ActivityRule;
import org.leadpact.app.exchange.Mapping.ActivityTemplate;
import org.leadpact.app.exchange.Mapping.Column;
import org.leadpact.app.exchange.Mapping.ValueMap;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.lead.ActivityType;

/**
 * Reads a mapping file (YAML, docs/import-export.md). Every problem is reported with its line and
 * path, all at once; a key the format does not know is a problem, never silently ignored.
 */
public final class MappingReader {
    static final String[] KEYS = {"externalId", "attributes", "missing", "trim", "values", "at", "atColumn",
        "atWhenMissing", "activities", "join", "lifecycle"};
    static final String[] RULE_KEYS = {"column", "columns", "type", "types", "subject", "url", "campaign", "outcome",
        "durationSeconds"};
    static final String[] TEMPLATE_KEYS = {"type", "subject", "url", "campaign", "outcome"};
    /** The word for "this value stands for no activity". */
    static final String NONE = "none";

    private MappingReader() {
    }

    public static MappingFile read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static MappingFile parse(String fileName, String content) {
        DocumentReader tree = new DocumentReader();
        YamlNode root;
        try {
            root = tree.read(content);
        } catch (DocumentReader.SyntaxError e) {
            return new MappingFile(fileName, null, List.of(new FileProblem(fileName, e.line(), "", e.getMessage())));
        }
        Binder b = new Binder();
        tree.problems().forEach(p -> b.problem(p.line(), p.path(), p.message()));
        Mapping mapping = bind(b, root);
        List<FileProblem> problems = b.problems().stream().sorted(Comparator.comparingInt(Binder.Problem::line))
                .map(p -> new FileProblem(fileName, p.line(), p.path(), p.message())).toList();
        return new MappingFile(fileName, problems.isEmpty() ? mapping : null, problems);
    }

    private static Mapping bind(Binder b, YamlNode root) {
        Binder.Obj top = b.obj(root, "");
        Column externalId = top.get("externalId", false, (n, p) -> column(b, n, p));
        Map<String, Column> attributes = top.get("attributes", false, (n, p) -> entries(b, n, p,
                (v, vp) -> column(b, v, vp)), Map.of());
        List<String> missing = top.get("missing", false, (n, p) -> b.list(n, p, (i, ip) -> value(b, i, ip)), List.of());
        boolean trim = top.get("trim", false, b::bool, true);
        List<ValueMap> values = top.get("values", false, (n, p) -> valueMaps(b, n, p), List.of());
        Instant at = top.get("at", false, b::instant);
        Column atColumn = top.get("atColumn", false, (n, p) -> column(b, n, p));
        List<ActivityRule> activities = top.get("activities", false, (n, p) -> b.list(n, p,
                (i, ip) -> activityRule(b, i, ip)), List.of());
        Instant atWhenMissing = top.get("atWhenMissing", false, b::instant);
        List<Join> joins = top.get("join", false, (n, p) -> b.list(n, p, (i, ip) -> LifecycleReader.join(b, i, ip)),
                List.of());
        Lifecycle lifecycle = top.get("lifecycle", false, (n, p) -> LifecycleReader.lifecycle(b, n, p));
        top.done(KEYS);
        if (atWhenMissing != null && atColumn == null) {
            b.problem(b.lineOf("atWhenMissing"), "atWhenMissing", "applies to rows whose atColumn is empty: name "
                    + "atColumn too");
        }
        if (at != null && atColumn != null) {
            b.problem(b.lineOf("atColumn"), "atColumn", "give either at (one instant for every row) or atColumn "
                    + "(each row's instant), not both");
        }
        if (attributes.containsKey(LeadProjection.EXTERNAL_ID)) {
            b.problem(b.lineOf("attributes.externalId"), "attributes.externalId",
                    "name the external id column with the top-level key externalId");
        }
        if (b.problems().isEmpty() && externalId == null && !attributes.containsKey("email")) {
            b.problem(1, "", "name the column of the lead's e-mail (attributes: {email: COLUMN}) or of its id in the "
                    + "source system (externalId: COLUMN): leads are matched and merged by one of them");
        }
        if (!b.problems().isEmpty()) {
            return null;
        }
        Set<String> notKnown = new LinkedHashSet<>(missing);
        notKnown.add("");
        return new Mapping(externalId, attributes, notKnown, trim, values, at, atColumn, activities, atWhenMissing,
                joins, lifecycle);
    }

    static Column column(Binder b, YamlNode node, String path) {
        String name = b.text(node, path);
        return name == null ? null : new Column(name, path, b.lineOf(path));
    }

    /** A mapping of any keys, each value read by {@code reader}; null when any is wrong. */
    private static <T> Map<String, T> entries(Binder b, YamlNode node, String path,
                                              BiFunction<YamlNode, String, T> reader) {
        Binder.Obj o = b.obj(node, path);
        Map<String, T> read = new LinkedHashMap<>();
        boolean ok = true;
        for (String key : o.keys()) {
            YamlNode.Entry entry = o.entry(key);
            b.remember(o.path(key), entry.keyLine());
            T value = reader.apply(entry.value(), o.path(key));
            ok &= value != null;
            read.put(key, value);
        }
        return ok ? read : null;
    }

    /** A value as written in the CSV: any scalar, the empty text included. */
    private static String value(Binder b, YamlNode node, String path) {
        b.remember(path, node.line());
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
            return s.text();
        }
        b.problem(node, path, "must be a value (write \"\" for an empty one), not " + node.kind());
        return null;
    }

    private static List<ValueMap> valueMaps(Binder b, YamlNode node, String path) {
        Binder.Obj columns = b.obj(node, path);
        List<ValueMap> maps = new ArrayList<>();
        for (String name : columns.keys()) {
            String columnPath = columns.path(name);
            b.remember(columnPath, columns.entry(name).keyLine());
            Binder.Obj o = b.obj(columns.entry(name).value(), columnPath);
            Map<String, String> replacements = new LinkedHashMap<>();
            for (String from : o.keys()) {
                YamlNode to = o.entry(from).value();
                b.remember(o.path(from), o.entry(from).keyLine());
                boolean notKnown = to instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
                replacements.put(from, notKnown ? null : value(b, to, o.path(from)));
            }
            maps.add(new ValueMap(new Column(name, columnPath, b.lineOf(columnPath)), replacements));
        }
        return maps;
    }

    private static ActivityRule activityRule(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Column column = o.get("column", false, (n, p) -> column(b, n, p));
        List<Column> columns = o.get("columns", false, (n, p) -> b.list(n, p, (i, ip) -> column(b, i, ip)));
        if (!o.has("column") && !o.has("columns")) {
            b.problem(node, path, "name the column that tells of the activity (column: NAME, or columns: [NAME, ...])");
        }
        ActivityType type = o.get("type", false, (n, p) -> b.word(n, p, ActivityType::fromCode,
                ActivityType.allCodes()));
        Map<String, ActivityTemplate> types = o.get("types", false, (n, p) -> entries(b, n, p,
                (v, vp) -> template(b, v, vp)), Map.of());
        Column subject = o.get("subject", false, (n, p) -> column(b, n, p));
        Column url = o.get("url", false, (n, p) -> column(b, n, p));
        Column campaign = o.get("campaign", false, (n, p) -> column(b, n, p));
        Column outcome = o.get("outcome", false, (n, p) -> column(b, n, p));
        Column duration = o.get("durationSeconds", false, (n, p) -> column(b, n, p));
        o.done(RULE_KEYS);
        if (o.has("column") && o.has("columns")) {
            b.problem(b.lineOf(o.path("columns")), o.path("columns"), "give either column or columns, not both");
        }
        if (o.has("type") && o.has("types")) {
            b.problem(b.lineOf(o.path("types")), o.path("types"), "give either type (every value is that activity) "
                    + "or types (each value names its activity), not both");
        }
        if (column == null && columns == null || types == null) {
            return null;
        }
        return new ActivityRule(path, column != null ? List.of(column) : columns, type, types, subject, url, campaign,
                outcome, duration);
    }

    /** An entry of {@code types}: an activity code, {@value #NONE} (or empty), or a type with details. */
    private static ActivityTemplate template(Binder b, YamlNode node, String path) {
        b.remember(path, node.line());
        if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.Scalar.Type.NULL || NONE.equals(s.text()))) {
            return ActivityTemplate.NONE;
        }
        if (node instanceof YamlNode.Scalar) {
            ActivityType type = activityType(b, node, path);
            return type == null ? null : ActivityTemplate.of(type);
        }
        Binder.Obj o = b.obj(node, path);
        ActivityType type = o.get("type", true, (n, p) -> activityType(b, n, p));
        String subject = o.get("subject", false, b::text);
        String url = o.get("url", false, b::text);
        String campaign = o.get("campaign", false, b::text);
        String outcome = o.get("outcome", false, b::text);
        o.done(TEMPLATE_KEYS);
        return type == null ? null : new ActivityTemplate(type, subject, url, campaign, outcome);
    }

    private static ActivityType activityType(Binder b, YamlNode node, String path) {
        return b.word(node, path, ActivityType::fromCode, ActivityType.allCodes() + " (or " + NONE + ")");
    }
}
