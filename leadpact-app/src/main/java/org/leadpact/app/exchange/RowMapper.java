package org.leadpact.app.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.csv.CsvWriter;
import org.leadpact.app.exchange.Mapping.ActivityRule;
import org.leadpact.app.exchange.Mapping.ActivityTemplate;
import org.leadpact.app.exchange.Mapping.Column;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;

/**
 * Applies a mapping to one row. A value is cleaned up in this order: the {@code '} that LeadPact's
 * exports put before a formula-like value dropped ({@link CsvWriter#original}), spaces around it dropped
 * (when {@code trim}), replaced by its column's value map, then dropped as not known when it is one of
 * the {@code missing} values. Every problem of the row is collected, so its rejection says all of them.
 */
final class RowMapper {
    private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");

    private final Mapping mapping;
    private final Instant importedAt;
    private final List<JoinedTable> joined;
    private final LifecycleMapper lifecycle;
    private final Map<String, Map<String, String>> replacements = new HashMap<>();
    /** The notes of the row being mapped. */
    private final Set<String> notes = new LinkedHashSet<>();

    RowMapper(Mapping mapping, Instant importedAt) {
        this(mapping, importedAt, List.of());
    }

    RowMapper(Mapping mapping, Instant importedAt, List<JoinedTable> joined) {
        this.mapping = mapping;
        this.importedAt = importedAt;
        this.joined = List.copyOf(joined);
        this.lifecycle = mapping.lifecycle() == null ? null : new LifecycleMapper(mapping.lifecycle());
        mapping.values().forEach(v -> replacements.put(v.column().name(), v.replacements()));
    }

    MappedRow map(CsvTable.Row read) {
        notes.clear();
        CsvTable.Row row = joined.isEmpty() ? read : joined(read);
        List<String> problems = new ArrayList<>();
        String externalId = mapping.externalId() == null ? null : value(row, mapping.externalId());
        Map<String, String> attributes = new LinkedHashMap<>();
        mapping.attributes().forEach((name, column) -> {
            String value = value(row, column);
            if (value != null) {
                attributes.put(name, value);
            }
        });
        if (externalId == null && attributes.get(Attributes.EMAIL) == null) {
            problems.add(noIdentity());
        }
        Instant at = at(row, problems);
        Set<Activity> activities = new LinkedHashSet<>();
        List<ImportStep> steps = List.of();
        if (at != null) {
            for (ActivityRule rule : mapping.activities()) {
                activities(row, rule, at, problems, activities);
            }
            if (lifecycle != null) {
                steps = lifecycle.steps(c -> value(row, c), at, problems, notes);
            }
        }
        return new MappedRow(row.line(), externalId, attributes, at, mapping.at() != null || mapping.atColumn() != null,
                List.copyOf(activities), steps, List.copyOf(notes), problems);
    }

    /** The row with the columns of each joined file's matching row; empty values where none matches. */
    private CsvTable.Row joined(CsvTable.Row row) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        for (JoinedTable table : joined) {
            Column on = table.join().on();
            String key = value(new CsvTable.Row(row.line(), values), on);
            CsvTable.Row match = key == null ? null : table.find(key);
            if (key == null) {
                notes.add(on.name() + ": no value, nothing joined from " + table.fileName());
            } else if (match == null) {
                notes.add(on.name() + ": no match in " + table.fileName() + " (" + table.join().key()
                        + "), nothing joined");
            }
            for (String column : table.columns()) {
                values.putIfAbsent(column, match == null ? "" : match.get(column));
            }
        }
        return new CsvTable.Row(row.line(), values);
    }

    /** The value of a column after clean-up; null when it is not known. */
    String value(CsvTable.Row row, Column column) {
        String value = CsvWriter.original(row.get(column.name()));
        if (mapping.trim()) {
            value = value.strip();
        }
        Map<String, String> map = replacements.get(column.name());
        if (map != null && map.containsKey(value)) {
            String replaced = map.get(value);
            notes.add(column.name() + ": '" + value + "' read as " + (replaced == null ? "not known" : "'" + replaced + "'"));
            value = replaced;
        }
        return value == null || mapping.missing().contains(value) ? null : value;
    }

    private String noIdentity() {
        Column email = mapping.attributes().get(Attributes.EMAIL);
        List<String> none = new ArrayList<>();
        if (email != null) {
            none.add("no e-mail (" + email.name() + ")");
        }
        if (mapping.externalId() != null) {
            none.add("no external id (" + mapping.externalId().name() + ")");
        }
        return (none.isEmpty() ? "no email or externalId column" : String.join(" and ", none))
                + ": the lead cannot be matched";
    }

    private Instant at(CsvTable.Row row, List<String> problems) {
        if (mapping.at() != null) {
            return mapping.at();
        }
        if (mapping.atColumn() == null) {
            return importedAt;
        }
        String text = value(row, mapping.atColumn());
        if (text == null && mapping.atWhenMissing() != null) {
            notes.add(mapping.atColumn().name() + ": no value, the row recorded at " + mapping.atWhenMissing()
                    + " (atWhenMissing)");
            return mapping.atWhenMissing();
        }
        if (text == null) {
            problems.add(mapping.atColumn().name() + ": no instant (the row's facts need one)");
            return null;
        }
        Instant at = Instants.parse(text);
        if (at == null) {
            problems.add(mapping.atColumn().name() + ": '" + text + "' is not " + Instants.FORMS);
        }
        return at;
    }

    private void activities(CsvTable.Row row, ActivityRule rule, Instant at, List<String> problems,
                            Set<Activity> activities) {
        for (Column column : rule.columns()) {
            String value = value(row, column);
            if (value != null) {
                activity(row, rule, column, value, at, problems, activities);
            }
        }
    }

    private void activity(CsvTable.Row row, ActivityRule rule, Column column, String value, Instant at,
                          List<String> problems, Set<Activity> activities) {
        ActivityTemplate template = rule.type() != null ? ActivityTemplate.of(rule.type()) : rule.types().get(value);
        if (template == null) {
            template = ActivityType.fromCode(value).map(ActivityTemplate::of).orElse(null);
        }
        if (template == null) {
            problems.add(column.name() + ": '" + value + "' names no activity (map it in " + rule.path()
                    + ".types, to an activity type or none)");
            return;
        }
        if (template.type() == null) {
            return;
        }
        Integer seconds = seconds(row, rule, problems);
        if (seconds == null) {
            return;
        }
        activities.add(new Activity(template.type(), at, or(template.url(), row, rule.url()),
                or(template.subject(), row, rule.subject()), or(template.campaign(), row, rule.campaign()), null, null,
                seconds, or(template.outcome(), row, rule.outcome())));
    }

    private String or(String fixed, CsvTable.Row row, Column column) {
        return fixed != null ? fixed : column == null ? null : value(row, column);
    }

    /** Whole seconds; a decimal is rounded (data exports often write 674.0). Null after a problem. */
    private Integer seconds(CsvTable.Row row, ActivityRule rule, List<String> problems) {
        String text = rule.durationSeconds() == null ? null : value(row, rule.durationSeconds());
        if (text == null) {
            return 0;
        }
        if (SECONDS.matcher(text).matches() && text.length() < 10) {
            return (int) Math.round(Double.parseDouble(text));
        }
        problems.add(rule.durationSeconds().name() + ": '" + text + "' is not a number of seconds");
        return null;
    }
}
