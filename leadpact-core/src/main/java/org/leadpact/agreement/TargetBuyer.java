package org.leadpact.agreement;

import java.util.List;

/**
 * The demographic and firmographic profile of a lead worth sales' time. Each criterion left empty
 * accepts everyone. Company size is judged by employees or by annual revenue, never both.
 */
public record TargetBuyer(NumberRange employees, NumberRange annualRevenue, List<String> hqLocations,
                          List<TitlePattern> titles, List<String> includeIndustries, List<String> excludeIndustries) {

    public static final TargetBuyer ANYONE = new TargetBuyer(null, null, List.of(), List.of(), List.of(), List.of());

    public TargetBuyer {
        if (employees != null && annualRevenue != null) {
            throw new IllegalArgumentException("judge company size by employees or by annual revenue, not both");
        }
        hqLocations = List.copyOf(hqLocations);
        titles = List.copyOf(titles);
        includeIndustries = List.copyOf(includeIndustries);
        excludeIndustries = List.copyOf(excludeIndustries);
        if (!includeIndustries.isEmpty() && !excludeIndustries.isEmpty()) {
            throw new IllegalArgumentException("list industries to include or to exclude, not both");
        }
    }
}
