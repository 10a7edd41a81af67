package org.leadpact.app.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.NumberRange;
import org.leadpact.agreement.Regions;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;

/** Reads the routing clause: rules, the default, how teams share leads, owner first. */
final class RoutingSection {
    private RoutingSection() {
    }

    static Routing routing(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        List<RoutingRule> rules = o.get("rules", false, (n, p) -> b.list(n, p, (item, ip) -> rule(b, item, ip)),
                List.of());
        String[] target = o.get("default", false, (n, p) -> {
            Binder.Obj d = b.obj(n, p);
            String rep = d.get("rep", false, b::text);
            String team = d.get("team", false, b::text);
            d.done("rep", "team");
            return new String[] {rep, team};
        }, new String[2]);
        Map<String, TeamPolicy> teams = o.get("teams", false, (n, p) -> teams(b, n, p), Map.of());
        Boolean[] ownerFirst = o.get("ownerFirst", false, (n, p) -> {
            Binder.Obj f = b.obj(n, p);
            Boolean accounts = f.get("accounts", false, b::bool, true);
            Boolean returning = f.get("returningLeads", false, b::bool, true);
            f.done("accounts", "returningLeads");
            return new Boolean[] {accounts, returning};
        }, new Boolean[] {true, true});
        o.done("rules", "default", "teams", "ownerFirst");
        return rules == null || teams == null ? null : b.attempt(node, path, () -> new Routing(rules, target[0],
                target[1], teams, ownerFirst[0], ownerFirst[1]));
    }

    private static RoutingRule rule(Binder b, YamlNode item, String ip) {
        Binder.Obj r = b.obj(item, ip);
        String id = r.get("id", true, b::text);
        Map<String, NumberRange> ranges = new LinkedHashMap<>();
        Map<String, List<String>> when = r.get("when", false, (w, wp) -> criteria(b, w, wp, ranges), Map.of());
        String rep = r.get("rep", false, b::text);
        String team = r.get("team", false, b::text);
        r.done("id", "when", "rep", "team");
        return id == null ? null : b.attempt(item, ip, () -> new RoutingRule(id, when, ranges, rep, team));
    }

    private static Map<String, List<String>> criteria(Binder b, YamlNode node, String path,
                                                      Map<String, NumberRange> ranges) {
        Binder.Obj o = b.obj(node, path);
        Map<String, List<String>> when = new LinkedHashMap<>();
        for (String key : o.keys()) {
            if (RoutingRule.RANGES.contains(key)) {
                NumberRange range = o.get(key, false, (n, p) -> AgreementFileReader.range(b, n, p));
                if (range != null) {
                    ranges.put(key, range);
                }
                continue;
            }
            if (!RoutingRule.CRITERIA.contains(key)) {
                continue; // reported by done() below, with a spelling hint
            }
            YamlNode value = o.entry(key).value();
            List<String> values = value instanceof YamlNode.Sequence ? b.list(value, o.path(key), b::text)
                    : java.util.Optional.ofNullable(b.text(value, o.path(key))).map(List::of).orElse(null);
            if (values != null && key.equals("region")) {
                checkRegions(b, value, o.path(key), values);
            }
            if (values != null) {
                when.put(key, values);
            }
        }
        o.done(java.util.stream.Stream.concat(RoutingRule.CRITERIA.stream(), RoutingRule.RANGES.stream()).sorted()
                .toArray(String[]::new));
        return when;
    }

    private static void checkRegions(Binder b, YamlNode node, String path, List<String> regions) {
        for (String region : regions) {
            if (!Regions.isTerritory(region)) {
                b.problem(node, path, "'" + region + "' is neither a country nor a known region (North America, "
                        + "North America / East, / Central, / West, LATAM, Europe, EMEA, DACH, Nordics, UK&I, Benelux, "
                        + "Middle East, APAC, ANZ)");
            }
        }
    }

    private static Map<String, TeamPolicy> teams(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Map<String, TeamPolicy> teams = new LinkedHashMap<>();
        boolean ok = true;
        for (String team : o.keys()) {
            TeamPolicy policy = o.get(team, true, (n, p) -> policy(b, team, n, p));
            ok &= policy != null;
            if (policy != null) {
                teams.put(team, policy);
            }
        }
        return ok ? teams : null;
    }

    private static TeamPolicy policy(Binder b, String team, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        TeamPolicy.Mode mode = o.get("mode", false, (n, p) -> b.word(n, p, code -> java.util.Arrays.stream(
                TeamPolicy.Mode.values()).filter(m -> m.code().equals(code)).findFirst(),
                String.join(", ", TeamPolicy.Mode.codes())), TeamPolicy.Mode.ROUND_ROBIN);
        Map<String, Integer> weights = o.get("weights", false, (n, p) -> {
            Binder.Obj w = b.obj(n, p);
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String rep : w.keys()) {
                Integer weight = w.get(rep, true, b::wholeNumber);
                if (weight != null) {
                    values.put(rep, weight);
                }
            }
            return values;
        }, Map.of());
        TeamPolicy.Caps caps = o.get("caps", false, (n, p) -> {
            Binder.Obj c = b.obj(n, p);
            Integer perDay = c.get("perDay", false, b::wholeNumber);
            Integer perWeek = c.get("perWeek", false, b::wholeNumber);
            Integer open = c.get("open", false, b::wholeNumber);
            c.done("perDay", "perWeek", "open");
            return b.attempt(n, p, () -> new TeamPolicy.Caps(perDay, perWeek, open));
        }, TeamPolicy.Caps.NONE);
        Integer catchUp = o.get("catchUp", false, b::wholeNumber, TeamPolicy.DEFAULT_CATCH_UP);
        Boolean hours = o.get("workingHours", false, b::bool, true);
        o.done("mode", "weights", "caps", "catchUp", "workingHours");
        return mode == null || caps == null ? null
                : b.attempt(node, path, () -> new TeamPolicy(team, mode, weights, caps, catchUp, hours));
    }
}
