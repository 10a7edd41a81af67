package org.leadpact.app.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.leadpact.app.store.LeadProjection;
import org.leadpact.lead.ActivityType;

/**
 * How the rows of a CSV file become leads: which columns are which attributes, which one is the
 * lead's id in the source system, what a missing value looks like, and which columns tell of
 * activities. Written as a mapping file (docs/import-export.md); without one, every column is an
 * attribute of its own name.
 *
 * @param externalId column with the lead's id in the source system, or null
 * @param attributes attribute name → column
 * @param missing    values that mean "not known" (after trimming and value maps)
 * @param trim       whether spaces around values are dropped
 * @param values     per column, value → replacement (a null replacement means "not known")
 * @param at         when every row's facts happened, or null
 * @param atColumn   the column with each row's instant, or null; with neither, the time of the import
 * @param atWhenMissing the instant of a row whose {@code atColumn} has no value (null: such a row is rejected)
 * @param joins      other CSV files whose matching rows add their columns to each row
 * @param lifecycle  what the row tells of the lead's way through sales, or null
 */
public record Mapping(Column externalId, Map<String, Column> attributes, Set<String> missing, boolean trim,
                      List<ValueMap> values, Instant at, Column atColumn, List<ActivityRule> activities,
                      Instant atWhenMissing, List<Join> joins, Lifecycle lifecycle) {

    /** A column named in the mapping file, with where it was named, so a wrong name points at its line. */
    public record Column(String name, String path, int line) {
    }

    /** Replacements for one column's values; a null replacement means "not known". */
    public record ValueMap(Column column, Map<String, String> replacements) {
        public ValueMap {
            replacements = Collections.unmodifiableMap(new LinkedHashMap<>(replacements));
        }
    }

    /**
     * Activities a row tells of: for each of the {@code columns} that has a value, the row records one activity. Its
     * type is {@code type} when given; else the value looked up in {@code types} (an entry may say
     * {@link ActivityTemplate#NONE}); else the value itself must be an activity code. Details come from
     * the matched entry of {@code types}, else from their columns.
     */
    public record ActivityRule(String path, List<Column> columns, ActivityType type,
                               Map<String, ActivityTemplate> types, Column subject, Column url, Column campaign,
                               Column outcome, Column durationSeconds) {
        public ActivityRule {
            columns = List.copyOf(columns);
            types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        }

        Stream<Column> allColumns() {
            return Stream.concat(columns.stream(), Stream.of(subject, url, campaign, outcome, durationSeconds));
        }
    }

    /**
     * What a value of an activity column stands for: a type and fixed details (null: from the columns),
     * or, without a type, no activity at all.
     */
    public record ActivityTemplate(ActivityType type, String subject, String url, String campaign, String outcome) {
        public static final ActivityTemplate NONE = new ActivityTemplate(null, null, null, null, null);

        public static ActivityTemplate of(ActivityType type) {
            return new ActivityTemplate(type, null, null, null, null);
        }
    }

    public Mapping {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        missing = Set.copyOf(missing);
        values = List.copyOf(values);
        activities = List.copyOf(activities);
        joins = List.copyOf(joins);
        if (at != null && atColumn != null) {
            throw new IllegalArgumentException("give either at or atColumn, not both");
        }
    }

    /**
     * Without a mapping file: each column is the attribute of its name ({@code email} merges leads by
     * e-mail), an {@code externalId} column is the lead's id elsewhere, and an empty value is not known.
     */
    public static Mapping identity(List<String> header) {
        Map<String, Column> attributes = new LinkedHashMap<>();
        Column externalId = null;
        for (String name : header) {
            Column column = new Column(name, name, 0);
            if (name.equals(LeadProjection.EXTERNAL_ID)) {
                externalId = column;
            } else if (!name.isBlank()) {
                attributes.put(name, column);
            }
        }
        return new Mapping(externalId, attributes, Set.of(""), true, List.of(), null, null, List.of(), null, List.of(),
                null);
    }

    /** Every column the mapping names, in the order it names them. */
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        Stream.concat(Stream.of(externalId, atColumn), attributes.values().stream()).forEach(columns::add);
        values.forEach(v -> columns.add(v.column()));
        activities.forEach(a -> a.allColumns().forEach(columns::add));
        joins.forEach(j -> columns.add(j.on()));
        if (lifecycle != null) {
            lifecycle.columns().forEach(columns::add);
        }
        columns.removeIf(c -> c == null);
        return columns;
    }
}
