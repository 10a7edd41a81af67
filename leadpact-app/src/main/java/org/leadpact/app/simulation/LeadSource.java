package org.leadpact.app.simulation;

import java.util.List;

/**
 * Where leads come from, and how such leads tend to behave. The figures are relative tendencies,
 * not outcomes: what a lead does is still decided by the agreement's engine on its activity.
 *
 * @param weight     share of all new leads
 * @param fit        how likely the lead's title and company fit the target buyer (1 = average)
 * @param engagement how much activity the lead shows (1 = average)
 * @param intent     chance the lead takes a qualifying action (registration, demo request...)
 * @param fastTrack  chance that action is a demo request or contact-sales (qualifies a fitting lead at once)
 * @param complete   chance the contact data is complete (phone, website)
 * @param quality    how well sales does with the lead (acceptance and winning, 1 = average)
 * @param firstAction what the lead did to become known (the conversion)
 */
public record LeadSource(String name, double weight, double fit, double engagement, double intent, double fastTrack,
                         double complete, double quality, List<String> campaigns, List<String> offers,
                         List<String> landingPages, String firstAction) {

    /** The simulated company's sources; conversion differs by source as in DOMAIN.md's lead-source table. */
    public static final List<LeadSource> ALL = List.of(
            new LeadSource("organic-search", 24, 1.0, 1.1, 0.30, 0.25, 0.80, 1.0,
                    List.of("seo-analytics-guide", "seo-dashboard-templates"), List.of("ebook-analytics-guide",
                            "dashboard-templates"), List.of("/blog/marketing-analytics-guide", "/resources/templates"),
                    "content-registration"),
            new LeadSource("paid-search", 18, 0.9, 0.9, 0.35, 0.45, 0.85, 0.9,
                    List.of("ppc-brand", "ppc-attribution", "ppc-competitor"), List.of("free-trial", "pricing-guide"),
                    List.of("/lp/free-trial", "/lp/attribution-software"), "form-fill"),
            new LeadSource("webinar", 12, 1.2, 1.2, 0.55, 0.15, 0.90, 1.1,
                    List.of("webinar-q1-attribution", "webinar-q2-forecasting", "webinar-q3-roi", "webinar-q4-planning"),
                    List.of("webinar"), List.of("/webinars/register"), "webinar-registration"),
            new LeadSource("trade-show", 8, 1.3, 0.7, 0.40, 0.20, 0.95, 1.0,
                    List.of("saastr-booth", "martech-expo", "cmo-summit"), List.of("booth-scan", "dinner-invite"),
                    List.of("/events/thank-you"), "form-fill"),
            new LeadSource("referral", 5, 1.5, 1.0, 0.60, 0.60, 0.95, 1.6,
                    List.of("customer-referral"), List.of("referral-intro"), List.of("/referral"), "contact-sales"),
            new LeadSource("partner", 8, 1.3, 0.9, 0.45, 0.40, 0.90, 1.3,
                    List.of("partner-agency-network", "partner-crm-marketplace"), List.of("partner-demo", "co-webinar"),
                    List.of("/partners/lead"), "form-fill"),
            new LeadSource("social", 10, 0.8, 0.8, 0.25, 0.15, 0.70, 0.8,
                    List.of("linkedin-cmo-ads", "linkedin-ops-ads"), List.of("benchmark-report", "roi-calculator"),
                    List.of("/lp/benchmark-report"), "content-registration"),
            new LeadSource("purchased-list", 15, 0.7, 0.4, 0.10, 0.05, 0.55, 0.5,
                    List.of("list-cmo-2025", "list-marketing-ops"), List.of("cold-outreach"), List.of(),
                    "email-open"));

    static final double[] WEIGHTS = ALL.stream().mapToDouble(LeadSource::weight).toArray();
}
