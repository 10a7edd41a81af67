package org.leadpact.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ordered routing rule: when every listed criterion matches (any of its values, or inside its
 * range), the lead goes to the named rep or team. {@code ranges} holds the numeric criteria
 * (company size, annual revenue). A rule with no criteria matches every lead.
 */
public record RoutingRule(String id, Map<String, List<String>> when, Map<String, NumberRange> ranges, String rep,
                          String team) {
    /** Lead properties a rule may match on by value. */
    public static final Set<String> CRITERIA = Set.of("country", "state", "region", "industry", "segment",
            "source", "campaign", "productInterest", "scoreBand");

    /** Lead properties a rule may match on by range: employees and annual revenue. */
    public static final Set<String> RANGES = Set.of("companySize", "annualRevenue");

    public RoutingRule {
        Identity.requireText(id, "rule id");
        when = Collections.unmodifiableMap(new LinkedHashMap<>(when));
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        if ((rep == null) == (team == null)) {
            throw new IllegalArgumentException("a routing rule assigns to a rep or a team, not both or neither");
        }
    }

    public RoutingRule(String id, Map<String, List<String>> when, String rep, String team) {
        this(id, when, Map.of(), rep, team);
    }

    /** The clause path decisions cite. */
    public String clause() {
        return "routing.rules[" + id + "]";
    }

    public boolean matchesEveryLead() {
        return when.isEmpty() && ranges.isEmpty();
    }
}
