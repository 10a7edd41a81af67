package org.leadpact.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ordered routing rule: when every listed criterion matches (any of its values), the lead goes to
 * the named rep or team. The routing engine (a later part) reads these; here they are vocabulary.
 */
public record RoutingRule(String id, Map<String, List<String>> when, String rep, String team) {
    /** Lead properties a rule may match on. */
    public static final Set<String> CRITERIA = Set.of("country", "state", "region", "industry", "segment",
            "source", "campaign", "productInterest", "scoreBand");

    public RoutingRule {
        Identity.requireText(id, "rule id");
        when = Collections.unmodifiableMap(new LinkedHashMap<>(when));
        if ((rep == null) == (team == null)) {
            throw new IllegalArgumentException("a routing rule assigns to a rep or a team, not both or neither");
        }
    }
}
