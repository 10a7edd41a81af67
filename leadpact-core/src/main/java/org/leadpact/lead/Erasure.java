package org.leadpact.lead;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What is left of a lead's history after a data-protection erasure: firmographics and the shape of
 * the funnel (stages, times, counts) stay, so reports still add up; anything that names or reaches the
 * person goes. Free text written by people (notes, reasons, answers) goes too: it may name them.
 */
public final class Erasure {
    /** Attributes about the company and the lead's origin, not the person; kept for reports. */
    public static final Set<String> KEPT_ATTRIBUTES = Set.of(Attributes.SOURCE, Attributes.CAMPAIGN, Attributes.OFFER,
            Attributes.INDUSTRY, Attributes.EMPLOYEES, Attributes.ANNUAL_REVENUE, Attributes.COUNTRY);

    public static final String ERASED = "[erased]";

    private Erasure() {
    }

    public static LeadEvent scrub(LeadEvent event) {
        return switch (event) {
            case AttributesChanged a -> new AttributesChanged(a.at(), kept(a.changes()), a.source());
            case ActivityRecorded r -> new ActivityRecorded(scrub(r.activity()));
            case StageChanged s -> s.actor().equals("leadpact") && s.transition().equals("qualify")
                    ? new StageChanged(s.at(), s.from(), s.to(), s.transition(), s.actor(), "qualified",
                    s.agreementVersion(), s.clause(), s.amount())
                    : new StageChanged(s.at(), s.from(), s.to(), s.transition(), s.actor(), ERASED,
                    s.agreementVersion(), s.clause(), s.amount());
            case OwnerAssigned o -> new OwnerAssigned(o.at(), o.owner(), o.actor(), ERASED, o.agreementVersion(),
                    o.clause());
            case OpportunityStageMoved m -> m;
        };
    }

    private static Map<String, String> kept(Map<String, String> changes) {
        Map<String, String> kept = new LinkedHashMap<>();
        changes.forEach((name, value) -> {
            if (KEPT_ATTRIBUTES.contains(name)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** URLs lose their query and fragment (they can carry e-mail addresses); answers are free text. */
    private static Activity scrub(Activity a) {
        String url = a.url() == null ? null : a.url().replaceAll("[?#].*$", "");
        return new Activity(a.type(), a.at(), url, a.subject(), a.campaign(), a.question(), null,
                a.durationSeconds(), a.outcome(), a.actor());
    }
}
