package org.leadpact.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.agreement.Period;

/**
 * Marketing lead value (the advanced marketing SLA): what a qualified lead of each type (source or
 * offer) has been worth, from the MQLs of that type before the period, and the value marketing
 * delivered in the period (each new MQL at its type's value) against the agreement's lead value goal.
 */
public record LeadValueReport(String report, Range period, Filter filters, String by, List<LeadType> types,
                              long mqlsDelivered, BigDecimal deliveredValue, Long goalPerPeriod, String quotaPeriod,
                              Double periodsCovered, BigDecimal goal, Double attainment,
                              Map<String, String> definitions) implements Report {

    /** A type's history (MQLs before the period and their won value) and what it delivered in the period. */
    public record LeadType(String type, long historyMqls, BigDecimal historyWonValue, BigDecimal valuePerMql,
                           long mqlsInPeriod, BigDecimal deliveredValue) {
    }

    private static final class Tally {
        long historyMqls;
        BigDecimal historyWon = BigDecimal.ZERO;
        long delivered;
    }

    public static LeadValueReport compute(Iterable<LeadFacts> leads, Range period, Filter filters, Dimension by,
                                          MarketingSla sla) {
        if (period.from() == null || period.to() == null) {
            throw new IllegalArgumentException("the lead value report needs a period with a start and an end: the "
                    + "MQLs before its start are the history that values each lead type");
        }
        Map<String, Tally> types = new HashMap<>();
        long start = period.from().getEpochSecond();
        for (LeadFacts f : leads) {
            long mql = Milestone.MQL.first(f);
            if (mql == LeadFacts.NEVER || mql >= period.to().getEpochSecond()) {
                continue;
            }
            Tally t = types.computeIfAbsent(f.value(by) == null ? SourceReport.NONE : f.value(by), k -> new Tally());
            if (mql < start) {
                t.historyMqls++;
                t.historyWon = f.wonAmount() == null ? t.historyWon : t.historyWon.add(f.wonAmount());
            } else {
                t.delivered++;
            }
        }
        List<LeadType> rows = new ArrayList<>();
        BigDecimal delivered = BigDecimal.ZERO;
        long count = 0;
        for (Map.Entry<String, Tally> e : types.entrySet()) {
            Tally t = e.getValue();
            BigDecimal value = Sample.per(t.historyWon, t.historyMqls);
            BigDecimal typeDelivered = (value == null ? BigDecimal.ZERO : value).multiply(BigDecimal.valueOf(t.delivered));
            rows.add(new LeadType(e.getKey(), t.historyMqls, t.historyWon, value, t.delivered, typeDelivered));
            delivered = delivered.add(typeDelivered);
            count += t.delivered;
        }
        rows.sort(Comparator.comparing(LeadType::deliveredValue).reversed().thenComparing(LeadType::type));
        Double periods = periodsCovered(period, sla.quotaPeriod());
        Long goalPerPeriod = sla.leadValueGoal();
        BigDecimal goal = goalPerPeriod == null ? null
                : BigDecimal.valueOf(goalPerPeriod).multiply(BigDecimal.valueOf(periods)).setScale(2, RoundingMode.HALF_UP);
        Double attainment = goal == null || goal.signum() == 0 ? null
                : delivered.divide(goal, 4, RoundingMode.HALF_UP).doubleValue();
        return new LeadValueReport("lead-value", period, filters, by.code(), rows, count, delivered, goalPerPeriod,
                sla.quotaPeriod().code(), periods, goal, attainment, DEFINITIONS);
    }

    /**
     * How many of the agreement's quota periods the report's period spans: whole calendar months when both
     * ends fall on the first of a month (a quarter is 3 months), else days over the period's average length.
     */
    static double periodsCovered(Range period, Period quotaPeriod) {
        LocalDate from = LocalDate.ofInstant(period.from(), ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(period.to(), ZoneOffset.UTC);
        double months = from.getDayOfMonth() == 1 && to.getDayOfMonth() == 1
                && period.from().getEpochSecond() % 86_400 == 0 && period.to().getEpochSecond() % 86_400 == 0
                ? ChronoUnit.MONTHS.between(from, to) : ChronoUnit.DAYS.between(from, to) / (365.2425 / 12);
        double days = ChronoUnit.DAYS.between(from, to);
        double covered = switch (quotaPeriod) {
            case WEEK -> days / 7;
            case TWO_WEEKS -> days / 14;
            case MONTH -> months;
            case QUARTER -> months / 3;
            case HALF_YEAR -> months / 6;
            case YEAR -> months / 12;
        };
        return Math.round(covered * 1000) / 1000.0;
    }

    @Override
    public List<Section> sections() {
        Section.Builder t = Section.of("types", by, "historyMqls", "historyWonValue", "valuePerMql", "mqlsInPeriod",
                "deliveredValue");
        types.forEach(x -> t.row(x.type(), x.historyMqls(), x.historyWonValue(), x.valuePerMql(), x.mqlsInPeriod(),
                x.deliveredValue()));
        Section.Builder g = Section.of("goal", "mqlsDelivered", "deliveredValue", "goalPerPeriod", "quotaPeriod",
                "periodsCovered", "goal", "attainment");
        g.row(mqlsDelivered, deliveredValue, goalPerPeriod, quotaPeriod, periodsCovered, goal, attainment);
        return List.of(t.build(), g.build());
    }

    static final Map<String, String> DEFINITIONS = defined();

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("type", "the lead's current source (or offer, with by=offer); leads without one are " + SourceReport.NONE);
        d.put("historyMqls", "leads of the type that first became an MQL before the period starts");
        d.put("historyWonValue", "the won amounts of those leads (won at any time so far)");
        d.put("valuePerMql", "historyWonValue ÷ historyMqls: what an MQL of the type has been worth; empty (worth 0) "
                + "without history");
        d.put("mqlsInPeriod", "leads of the type that first became an MQL in the period");
        d.put("deliveredValue", "mqlsInPeriod × valuePerMql, summed over the types");
        d.put("goal", "marketingSla.leadValueGoal (per marketingSla.quotaPeriod) × the quota periods the period spans");
        d.put("attainment", "deliveredValue ÷ goal");
        return java.util.Collections.unmodifiableMap(d);
    }
}
