package org.leadpact.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.Regions;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.lead.Attributes;

/** Whether a routing rule matches a lead, and in words which of the lead's values made it match. */
final class RuleMatch {
    private RuleMatch() {
    }

    static Optional<String> matched(RoutingRule rule, Attributes lead, String scoreBand) {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : rule.when().entrySet()) {
            Optional<String> value = c.getKey().equals("scoreBand") ? Optional.ofNullable(scoreBand)
                    : lead.text(attribute(c.getKey()));
            if (value.isEmpty() || !matches(c.getKey(), value.get(), c.getValue(), lead)) {
                return Optional.empty();
            }
            words.add(c.getKey() + " " + value.get());
        }
        for (Map.Entry<String, NumberRange> r : rule.ranges().entrySet()) {
            String name = r.getKey().equals("companySize") ? Attributes.EMPLOYEES : Attributes.ANNUAL_REVENUE;
            Optional<Double> value = lead.number(name);
            if (value.isEmpty() || !r.getValue().contains(value.get())) {
                return Optional.empty();
            }
            words.add(r.getKey() + " " + lead.text(name).orElse(""));
        }
        return Optional.of(words.isEmpty() ? "every lead" : String.join(", ", words));
    }

    private static String attribute(String criterion) {
        return switch (criterion) {
            case "region" -> Attributes.COUNTRY;
            default -> criterion; // country, state, industry, segment, source, campaign, productInterest
        };
    }

    private static boolean matches(String criterion, String value, List<String> wanted, Attributes lead) {
        for (String w : wanted) {
            boolean hit = switch (criterion) {
                case "country" -> Regions.countryCode(value).map(code -> Regions.countryCode(w)
                        .map(code::equals).orElse(false)).orElse(value.equalsIgnoreCase(w));
                case "region" -> Regions.contains(w, value, lead.text(Attributes.STATE).orElse(null));
                default -> value.equalsIgnoreCase(w.strip());
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }
}
