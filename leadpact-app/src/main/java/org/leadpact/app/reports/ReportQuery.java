package org.leadpact.app.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.leadpact.reports.AgingBucket;
import org.leadpact.reports.Dimension;
import org.leadpact.reports.Filter;
import org.leadpact.reports.Range;

/**
 * A report as asked for, from named parameters (the HTTP query, or the command line's options): which
 * report, the period ({@code period}, or {@code from} / {@code to} as dates or instants), the filters, the
 * grouping ({@code by}) and, for the aging cell, {@code rep} and {@code bucket}. Every problem names its
 * parameter.
 */
public record ReportQuery(Kind kind, Range period, Filter filter, Dimension by, AgingBucket bucket, int limit) {
    /** How many customers, stale opportunities or cell leads a report lists unless asked for more. */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1_000_000;


    /** The reports, by the name used in URLs and on the command line. */
    public enum Kind {
        FUNNEL("funnel"), SOURCES("sources"), AGING("aging"), AGING_LEADS("aging/leads"), OPPORTUNITIES("opportunities"),
        TIERS("customer-tiers"), LEAD_VALUE("lead-value");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** A parameter that cannot be used as given. */
    public static final class Invalid extends IllegalArgumentException {
        private final String parameter;

        public Invalid(String parameter, String message) {
            super(parameter + ": " + message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private static final Set<String> FILTERS = Set.of("team", "rep", "source", "campaign", "segment", "offer",
            "landingPage");
    private static final List<Dimension> SOURCE_GROUPS = List.of(Dimension.SOURCE, Dimension.CAMPAIGN, Dimension.OFFER,
            Dimension.LANDING_PAGE, Dimension.SEGMENT);
    private static final List<Dimension> VALUE_GROUPS = List.of(Dimension.SOURCE, Dimension.OFFER);

    public static ReportQuery parse(Kind kind, Map<String, String> params, Teams teams) {
        Set<String> allowed = new TreeSet<>(FILTERS);
        allowed.addAll(switch (kind) {
            case AGING -> Set.of();
            case AGING_LEADS -> Set.of("bucket", "limit");
            case SOURCES, LEAD_VALUE -> Set.of("from", "to", "period", "by");
            case TIERS, OPPORTUNITIES -> Set.of("from", "to", "period", "limit");
            default -> Set.of("from", "to", "period");
        });
        for (String name : params.keySet()) {
            if (!allowed.contains(name)) {
                throw new Invalid(name, "not a parameter of the " + kind.path() + " report (it takes " + allowed + ")");
            }
        }
        Filter filter = new Filter(text(params, "team"), text(params, "rep"), text(params, "source"),
                text(params, "campaign"), text(params, "segment"), text(params, "offer"), text(params, "landingPage"));
        if (filter.team() != null && teams.find(filter.team()).isEmpty()) {
            throw new Invalid("team", unknownTeam(filter.team(), teams.ids().get()));
        }
        Dimension by = switch (kind) {
            case SOURCES -> dimension(params, SOURCE_GROUPS);
            case LEAD_VALUE -> dimension(params, VALUE_GROUPS);
            default -> null;
        };
        AgingBucket bucket = Optional.ofNullable(text(params, "bucket")).map(b -> AgingBucket.fromCode(b)
                .orElseThrow(() -> new Invalid("bucket", "'" + b + "' is not a bucket (" + String.join(", ",
                        java.util.Arrays.stream(AgingBucket.values()).map(AgingBucket::code).toList()) + ")")))
                .orElse(null);
        return new ReportQuery(kind, period(params), filter, by, bucket, limit(params));
    }

    private static String unknownTeam(String team, List<String> known) {
        return "no team '" + team + "' in the directory of reps and teams " + (known.isEmpty()
                ? "(it has none yet: leadpact team set ID, or POST /api/v1/teams)" : "(teams: " + String.join(", ", known) + ")");
    }

    private static int limit(Map<String, String> params) {
        String text = text(params, "limit");
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Invalid("limit", "'" + text + "' is not a whole number from 1 to " + MAX_LIMIT);
    }

    private static Dimension dimension(Map<String, String> params, List<Dimension> allowed) {
        String text = text(params, "by");
        if (text == null) {
            return allowed.get(0);
        }
        return Dimension.fromCode(text).filter(allowed::contains).orElseThrow(() -> new Invalid("by", "'" + text
                + "' cannot be grouped by here; use one of " + allowed.stream().map(Dimension::code).toList()));
    }

    static Range period(Map<String, String> params) {
        String period = text(params, "period");
        String from = text(params, "from");
        String to = text(params, "to");
        if (period != null) {
            if (from != null || to != null) {
                throw new Invalid("period", "give a period or from / to, not both");
            }
            try {
                return Range.period(period);
            } catch (IllegalArgumentException e) {
                throw new Invalid("period", e.getMessage());
            }
        }
        boolean dates = (from == null || from.length() == 10) && (to == null || to.length() == 10);
        try {
            if (dates) {
                return Range.dates(date("from", from), date("to", to));
            }
            Instant start = instant("from", from);
            Instant end = instant("to", to);
            return new Range(start, end, (from == null ? "" : from) + ".." + (to == null ? "" : to));
        } catch (Invalid e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Invalid("to", e.getMessage());
        }
    }

    private static LocalDate date(String name, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(name, "'" + text + "' is not a date (2027-03-31) or an instant (2027-03-31T12:00:00Z)");
        }
    }

    /** An instant; a date alone means the start of that day for from, the end of that day for to. */
    private static Instant instant(String name, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10) {
            LocalDate day = date(name, text);
            return (name.equals("to") ? day.plusDays(1) : day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(name, "'" + text + "' is not a date (2027-03-31) or an instant (2027-03-31T12:00:00Z)");
        }
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
