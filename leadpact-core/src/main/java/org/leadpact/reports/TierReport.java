package org.leadpact.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer tiers (Pareto): customers ranked by the value they were won for in the period. Walking down
 * the ranking, a customer is A while the value before it is under 80% of the total, B while under 90%,
 * C while it adds any value, and D when it adds none in the period. So the customer that crosses 80% is
 * still A (it is one of those making the first 80%), and one that starts exactly at 80% is B.
 */
public record TierReport(String report, Range period, Filter filters, BigDecimal totalValue, long customerCount,
                         List<Customer> customers,
                         List<TierTotal> tiers, long wonWithoutCompany, BigDecimal valueWithoutCompany,
                         Map<String, String> definitions) implements Report {

    public record Customer(int rank, String company, BigDecimal wonValue, long deals, Double share,
                           Double cumulativeShare, String tier) {
    }

    public record TierTotal(String tier, long customers, BigDecimal wonValue, Double share) {
    }

    private static final class Tally {
        BigDecimal value = BigDecimal.ZERO;
        long deals;
    }

    public static TierReport compute(Iterable<LeadFacts> leads, Range period, Filter filters) {
        Map<String, Tally> byCompany = new HashMap<>();
        long orphans = 0;
        BigDecimal orphanValue = BigDecimal.ZERO;
        for (LeadFacts f : leads) {
            long wonAt = Milestone.WON.first(f);
            if (wonAt == LeadFacts.NEVER) {
                continue;
            }
            BigDecimal amount = f.wonAmount() == null ? BigDecimal.ZERO : f.wonAmount();
            boolean inPeriod = period.contains(wonAt);
            if (f.company() == null) {
                orphans += inPeriod ? 1 : 0;
                orphanValue = inPeriod ? orphanValue.add(amount) : orphanValue;
                continue;
            }
            Tally t = byCompany.computeIfAbsent(f.company(), k -> new Tally());
            if (inPeriod) {
                t.value = t.value.add(amount);
                t.deals++;
            }
        }
        List<Map.Entry<String, Tally>> ranked = new ArrayList<>(byCompany.entrySet());
        ranked.sort(Comparator.comparing((Map.Entry<String, Tally> e) -> e.getValue().value).reversed()
                .thenComparing(Map.Entry::getKey));
        BigDecimal total = ranked.stream().map(e -> e.getValue().value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Customer> customers = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<String, Tally> e : ranked) {
            BigDecimal value = e.getValue().value;
            BigDecimal after = before.add(value);
            customers.add(new Customer(customers.size() + 1, e.getKey(), value, e.getValue().deals, share(value, total),
                    share(after, total), tier(before, value, total)));
            before = after;
        }
        return new TierReport("customer-tiers", period, filters, total, customers.size(), customers, totals(customers, total), orphans,
                orphanValue, DEFINITIONS);
    }

    /** The same report listing only the first {@code n} customers of the ranking (the tiers still count all). */
    public TierReport limited(int n) {
        return customers.size() <= n ? this : new TierReport(report, period, filters, totalValue, customerCount,
                customers.subList(0, n), tiers, wonWithoutCompany, valueWithoutCompany, definitions);
    }

    /** The tier of a customer whose ranking predecessors add up to {@code before}, compared exactly. */
    static String tier(BigDecimal before, BigDecimal value, BigDecimal total) {
        if (value.signum() <= 0) {
            return "D";
        }
        BigDecimal tenths = before.multiply(BigDecimal.TEN);
        if (tenths.compareTo(total.multiply(BigDecimal.valueOf(8))) < 0) {
            return "A";
        }
        return tenths.compareTo(total.multiply(BigDecimal.valueOf(9))) < 0 ? "B" : "C";
    }

    private static List<TierTotal> totals(List<Customer> customers, BigDecimal total) {
        List<TierTotal> tiers = new ArrayList<>();
        for (String tier : List.of("A", "B", "C", "D")) {
            List<Customer> in = customers.stream().filter(c -> c.tier().equals(tier)).toList();
            BigDecimal value = in.stream().map(Customer::wonValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            tiers.add(new TierTotal(tier, in.size(), value, share(value, total)));
        }
        return tiers;
    }

    private static Double share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, 4, RoundingMode.HALF_UP).doubleValue();
    }

    @Override
    public List<Section> sections() {
        Section.Builder t = Section.of("tiers", "tier", "customers", "wonValue", "share");
        tiers.forEach(x -> t.row(x.tier(), x.customers(), x.wonValue(), x.share()));
        Section.Builder c = Section.of("customers", "rank", "company", "wonValue", "deals", "share", "cumulativeShare",
                "tier");
        customers.forEach(x -> c.row(x.rank(), x.company(), x.wonValue(), x.deals(), x.share(), x.cumulativeShare(),
                x.tier()));
        return List.of(t.build(), c.build());
    }

    static final Map<String, String> DEFINITIONS = defined();

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("customer", "a company (the lead's company attribute, as written) with any won lead so far");
        d.put("wonValue", "the amounts of the customer's leads won in the period (UTC, from inclusive, to exclusive)");
        d.put("ranking", "by wonValue, highest first; equal values by company name");
        d.put("A", "the value ranked before the customer is under 80% of the total: the customers making the "
                + "first 80% of value, including the one that crosses 80%");
        d.put("B", "the value before it is at least 80% and under 90% of the total");
        d.put("C", "the value before it is at least 90% of the total, and it added value in the period");
        d.put("D", "a customer with no won value in the period");
        d.put("customers", "the ranking, its first customers only when a limit is given (customerCount counts all)");
        d.put("wonWithoutCompany", "leads won in the period that name no company: counted here, in no tier");
        return java.util.Collections.unmodifiableMap(d);
    }
}
