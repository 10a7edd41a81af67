package org.leadpact.reports;

import java.util.Optional;
import java.util.function.Function;

/**
 * Which leads a report covers: those of a team (through its reps), of a rep (the rep the lead was last
 * assigned to), and with a source, campaign, segment, offer or landing page. Null means any; values
 * match ignoring case.
 */
public record Filter(String team, String rep, String source, String campaign, String segment, String offer,
                     String landingPage) {
    public static final Filter NONE = new Filter(null, null, null, null, null, null, null);

    public Filter withRep(String newRep) {
        return new Filter(team, newRep, source, campaign, segment, offer, landingPage);
    }

    /** Whether the lead passes; {@code teamOf} says which team a rep is in. */
    public boolean matches(LeadFacts f, Function<String, Optional<String>> teamOf) {
        return same(rep, f.owner()) && same(source, f.source()) && same(campaign, f.campaign())
                && same(segment, f.segment()) && same(offer, f.offer()) && same(landingPage, f.landingPage())
                && (team == null || f.owner() != null && teamOf.apply(f.owner()).filter(team::equalsIgnoreCase).isPresent());
    }

    private static boolean same(String wanted, String value) {
        return wanted == null || wanted.equalsIgnoreCase(value);
    }
}
