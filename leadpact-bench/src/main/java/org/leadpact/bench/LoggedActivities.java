package org.leadpact.bench;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;

/**
 * The activity names X Education's CRM writes in "Last Activity" and "Last Notable Activity", as
 * LeadPact activities. Which way each one goes is explained in {@link XEducationLeads}. A name not
 * listed here is an error, so a new value in the data is noticed rather than silently dropped.
 */
final class LoggedActivities {
    static final String PAGE_VISITED = "Page Visited on Website";

    /** What a logged name becomes; a null type means it leaves no activity. */
    private record Meaning(ActivityType type, String subject, String outcome) {
        static Meaning lead(ActivityType type, String subject) {
            return new Meaning(type, subject, null);
        }

        static Meaning counsellor(ActivityType type, String outcome) {
            return new Meaning(type, null, outcome);
        }

        static Meaning none() {
            return new Meaning(null, null, null);
        }
    }

    private static final Map<String, Meaning> BY_NAME = Map.ofEntries(
            Map.entry("Email Opened", Meaning.lead(ActivityType.EMAIL_OPEN, null)),
            Map.entry("View in browser link Clicked", Meaning.lead(ActivityType.EMAIL_OPEN, "viewed in browser")),
            Map.entry("Email Link Clicked", Meaning.lead(ActivityType.EMAIL_CLICK, null)),
            Map.entry("Email Received", Meaning.lead(ActivityType.INBOUND_EMAIL, null)),
            Map.entry("Unsubscribed", Meaning.lead(ActivityType.UNSUBSCRIBE, null)),
            Map.entry("Email Marked Spam", Meaning.lead(ActivityType.UNSUBSCRIBE, "marked as spam")),
            Map.entry("Form Submitted on Website", Meaning.lead(ActivityType.FORM_FILL, "Website form")),
            Map.entry("Converted to Lead", Meaning.lead(ActivityType.FORM_FILL, "Converted to Lead")),
            Map.entry("Olark Chat Conversation", Meaning.lead(ActivityType.CONTACT_SALES, "Olark chat")),
            Map.entry("Approached upfront", Meaning.lead(ActivityType.CONTACT_SALES, "approached upfront")),
            Map.entry(PAGE_VISITED, Meaning.lead(ActivityType.PAGE_VIEW, null)),
            Map.entry("SMS Sent", Meaning.counsellor(ActivityType.SALES_EMAIL, "sms sent")),
            Map.entry("Had a Phone Conversation", Meaning.counsellor(ActivityType.SALES_CALL, "conversation")),
            Map.entry("Unreachable", Meaning.counsellor(ActivityType.SALES_CALL, "unreachable")),
            Map.entry("Visited Booth in Tradeshow", Meaning.counsellor(ActivityType.SALES_MEETING, "tradeshow booth")),
            Map.entry("Email Bounced", Meaning.none()),
            Map.entry("Resubscribed to emails", Meaning.none()),
            Map.entry("Modified", Meaning.none()),
            Map.entry("", Meaning.none()));

    private LoggedActivities() {
    }

    /** The activity a logged name stands for, at the given instant, or empty when it stands for none. */
    static Optional<Activity> at(String name, Instant at) {
        Meaning meaning = BY_NAME.get(name.strip());
        if (meaning == null) {
            throw new IllegalArgumentException("unknown activity name '" + name + "'");
        }
        if (meaning.type() == null) {
            return Optional.empty();
        }
        Activity activity = Activity.of(meaning.type(), at);
        if (meaning.subject() != null) {
            activity = activity.withSubject(meaning.subject());
        }
        if (meaning.outcome() != null) {
            activity = activity.withOutcome(meaning.outcome());
        }
        return Optional.of(activity);
    }
}
