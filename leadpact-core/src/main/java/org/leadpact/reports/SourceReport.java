package org.leadpact.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lead sources (or campaigns, offers, landing pages, segments): for the leads that arrived in the period,
 * how many became opportunities, how long they took to close and what they were worth per lead; and the
 * same for the leads that became MQLs in the period.
 */
public record SourceReport(String report, Range period, Filter filters, String by, List<Row> rows, Row total,
                           Map<String, String> definitions) implements Report {

    /** The group a lead without a value for the dimension falls in. */
    public static final String NONE = "(none)";

    public record Row(String value, long leads, long opportunities, Double conversionRate, Double medianDaysToClose,
                      BigDecimal wonValue, BigDecimal valuePerLead, long mqls, long mqlOpportunities,
                      Double mqlConversionRate, Double mqlMedianDaysToClose, BigDecimal mqlWonValue,
                      BigDecimal valuePerMql) {
    }

    /** Running sums for one group: all leads, then MQLs only. */
    private static final class Group {
        final Tally leads = new Tally();
        final Tally mqls = new Tally();
    }

    private static final class Tally {
        long count;
        long opportunities;
        final Sample daysToClose = new Sample();
        BigDecimal won = BigDecimal.ZERO;

        void add(LeadFacts f, long start) {
            count++;
            opportunities += Milestone.OPPORTUNITY.ever(f) ? 1 : 0;
            long wonAt = Milestone.WON.first(f);
            if (wonAt != LeadFacts.NEVER) {
                daysToClose.add(wonAt - start);
                won = f.wonAmount() == null ? won : won.add(f.wonAmount());
            }
        }
    }

    public static SourceReport compute(Iterable<LeadFacts> leads, Range period, Filter filters, Dimension by) {
        Map<String, Group> groups = new HashMap<>();
        Group all = new Group();
        for (LeadFacts f : leads) {
            boolean lead = period.contains(f.created());
            long mql = Milestone.MQL.first(f);
            boolean qualified = period.contains(mql);
            if (!lead && !qualified) {
                continue;
            }
            String key = f.value(by) == null ? NONE : f.value(by);
            Group g = groups.computeIfAbsent(key, k -> new Group());
            if (lead) {
                g.leads.add(f, f.created());
                all.leads.add(f, f.created());
            }
            if (qualified) {
                g.mqls.add(f, mql);
                all.mqls.add(f, mql);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, g) -> rows.add(row(key, g)));
        rows.sort(Comparator.comparingLong(Row::leads).reversed().thenComparing(Row::value));
        return new SourceReport("sources", period, filters, by.code(), rows, row("total", all), DEFINITIONS);
    }

    private static Row row(String key, Group g) {
        Tally l = g.leads;
        Tally m = g.mqls;
        return new Row(key, l.count, l.opportunities, Sample.rate(l.opportunities, l.count), l.daysToClose.median(),
                l.won, Sample.per(l.won, l.count), m.count, m.opportunities, Sample.rate(m.opportunities, m.count),
                m.daysToClose.median(), m.won, Sample.per(m.won, m.count));
    }

    @Override
    public List<Section> sections() {
        Section.Builder s = Section.of(by, by, "leads", "opportunities", "conversionRate", "medianDaysToClose",
                "wonValue", "valuePerLead", "mqls", "mqlOpportunities", "mqlConversionRate", "mqlMedianDaysToClose",
                "mqlWonValue", "valuePerMql");
        List<Row> all = new ArrayList<>(rows);
        all.add(total);
        all.forEach(r -> s.row(r.value(), r.leads(), r.opportunities(), r.conversionRate(), r.medianDaysToClose(),
                r.wonValue(), r.valuePerLead(), r.mqls(), r.mqlOpportunities(), r.mqlConversionRate(),
                r.mqlMedianDaysToClose(), r.mqlWonValue(), r.valuePerMql()));
        return List.of(s.build());
    }

    static final Map<String, String> DEFINITIONS = defined();

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("group", "the lead's current value of the attribute grouped by (source, campaign, offer, landingPage "
                + "or segment); leads without one are " + NONE);
        d.put("leads", "leads whose first event falls in the period (UTC, from inclusive, to exclusive)");
        d.put("opportunities", "of those leads, the ones that have had an opportunity opened (at any time so far)");
        d.put("conversionRate", "opportunities ÷ leads");
        d.put("medianDaysToClose", "median days from the lead's first event to its win, over the won leads");
        d.put("wonValue", "sum of the won amounts of those leads (won at any time so far)");
        d.put("valuePerLead", "wonValue ÷ leads");
        d.put("mql*", "the same figures for the leads that first became an MQL in the period, with days to close "
                + "counted from that first qualification");
        return java.util.Collections.unmodifiableMap(d);
    }
}
