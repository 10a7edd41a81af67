package org.leadpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.Attributes;
import org.leadpact.lifecycle.Command;

/**
 * Turns the public X Education data set ({@code Leads.csv}: one row per lead of an online-course
 * seller, with a 0/1 {@code Converted} outcome) into LeadPact leads: an attribute capture followed by
 * activities rebuilt from the row. The data has no dates, so the timeline is made up, deterministically:
 * the same file always gives the same commands (no clock, no randomness).
 *
 * <h2>Attributes</h2>
 * Captured in one {@code UpdateAttributes} at the lead's creation. {@code Select} (a form field left
 * unselected) and blanks are left out, as unknown. Lead Source → {@code source}; Lead Origin →
 * {@code offer}; Country, City → {@code country}, {@code city}; Specialization → {@code industry} (the
 * domain the lead worked in); current occupation → {@code occupation}; Do Not Email / Do Not Call →
 * {@code doNotEmail} / {@code doNotCall} ("Yes"/"No"); the rest under the camel-case names in
 * {@link #ATTRIBUTES}. Tags and Lead Quality are the counsellors' later verdicts; they are kept for
 * reports but an agreement should not score them (they would read the outcome).
 *
 * <h2>Timeline</h2>
 * The lead is created at {@link #BASE} plus one minute per Lead Number above the first one, so later
 * numbers are later leads. At creation: the attributes, then a {@code form-fill} when the origin is a
 * form (Landing Page Submission, Lead Add Form, Quick Add Form; subject = the origin), then a
 * {@code content-registration} "Mastering The Interview" when the lead asked for the free copy (it is
 * offered on the sign-up form). The web visits follow from creation on ({@link WebVisits}); a blank
 * TotalVisits with time on the site counts as one visit of one page. An hour after the last page view
 * comes the Last Notable Activity, if it differs from the Last Activity, and an hour later the Last Activity.
 *
 * <h2>Logged activities</h2>
 * Things the lead did become marketing activities: Email Opened and View in browser link Clicked →
 * {@code email-open}; Email Link Clicked → {@code email-click}; Form Submitted on Website and
 * Converted to Lead → {@code form-fill}; Unsubscribed and Email Marked Spam → {@code unsubscribe};
 * Email Received → {@code inbound-email} (the lead wrote to us). Olark Chat Conversation →
 * {@code contact-sales}: the visitor opened a chat with admissions, the site's "talk to us"; the
 * agreement decides how much that is worth, and does not fast-track it. Approached upfront →
 * {@code contact-sales} too (the lead came to us; the channel is not recorded).
 * <p>
 * Things the counsellors did become sales touches, which never score or qualify a lead: SMS Sent →
 * {@code sales-email} with outcome "sms sent" (the written touch closest to a text message; it is X
 * Education messaging the lead, not the lead reaching out, so not {@code inbound-*}); Had a Phone
 * Conversation → {@code sales-call} "conversation"; Unreachable → {@code sales-call} "unreachable";
 * Visited Booth in Tradeshow → {@code sales-meeting} "tradeshow booth".
 * <p>
 * No activity: Modified (a record edit), Email Bounced (nothing the lead did), Resubscribed to emails
 * (LeadPact has no opt-in activity), and Page Visited on Website when the rebuilt visits already hold
 * it (when there are none, it becomes one page view of unknown duration).
 */
public final class XEducationLeads {
    /** Day zero of the made-up timeline. */
    public static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    /** The smallest Lead Number in the file: that lead is created at {@link #BASE}. */
    static final long FIRST_LEAD_NUMBER = 579_533;

    static final String SOURCE = "x-education-leads";
    static final String MASTERING_THE_INTERVIEW = "Mastering The Interview";

    /** Lead Origins that are a form the lead filled in; API and Lead Import are not. */
    static final Set<String> FORM_ORIGINS = Set.of("Landing Page Submission", "Lead Add Form", "Quick Add Form");

    /** Column → attribute name, for every column captured as an attribute. */
    static final Map<String, String> ATTRIBUTES = attributeColumns();

    private XEducationLeads() {
    }

    public static List<XEducationLead> read(Path csv) throws IOException {
        List<XEducationLead> leads = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.rows(Files.readString(csv, StandardCharsets.UTF_8))) {
            leads.add(lead(row));
        }
        return leads;
    }

    static XEducationLead lead(CsvTable.Row row) {
        long number = Long.parseLong(row.get("Lead Number").strip());
        Instant created = BASE.plus(Duration.ofMinutes(number - FIRST_LEAD_NUMBER));
        List<Command> commands = new ArrayList<>();
        commands.add(new Command.UpdateAttributes(created, attributes(row), SOURCE));
        String origin = row.get("Lead Origin").strip();
        if (FORM_ORIGINS.contains(origin)) {
            record(commands, Activity.of(ActivityType.FORM_FILL, created).withSubject(origin));
        }
        if (row.get("A free copy of Mastering The Interview").strip().equalsIgnoreCase("Yes")) {
            record(commands, Activity.of(ActivityType.CONTENT_REGISTRATION, created)
                    .withSubject(MASTERING_THE_INTERVIEW));
        }
        List<Activity> views = pageViews(row, created);
        views.forEach(view -> record(commands, view));
        Instant afterVisits = views.isEmpty() ? created
                : views.getLast().at().plusSeconds(views.getLast().durationSeconds());
        String last = row.get("Last Activity").strip();
        String notable = row.get("Last Notable Activity").strip();
        if (!notable.equals(last)) {
            logged(commands, notable, afterVisits.plus(Duration.ofHours(1)), !views.isEmpty());
        }
        logged(commands, last, afterVisits.plus(Duration.ofHours(2)), !views.isEmpty());
        return new XEducationLead(row.get("Prospect ID").strip(), number, commands, converted(row));
    }

    private static Map<String, String> attributes(CsvTable.Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        ATTRIBUTES.forEach((column, name) -> known(row.get(column)).ifPresent(v -> values.put(name, v)));
        return values;
    }

    private static List<Activity> pageViews(CsvTable.Row row, Instant created) {
        int seconds = (int) number(row, "Total Time Spent on Website");
        Optional<String> visits = known(row.get("TotalVisits"));
        if (visits.isEmpty()) {
            // Not recorded; time on the site means there was at least one visit.
            return WebVisits.pageViews(created, seconds > 0 ? 1 : 0, 1, seconds);
        }
        return WebVisits.pageViews(created, (int) Math.round(Double.parseDouble(visits.get())),
                number(row, "Page Views Per Visit"), seconds);
    }

    private static void logged(List<Command> commands, String name, Instant at, boolean visitsRebuilt) {
        if (name.equals(LoggedActivities.PAGE_VISITED) && visitsRebuilt) {
            return;
        }
        LoggedActivities.at(name, at).ifPresent(activity -> record(commands, activity));
    }

    private static void record(List<Command> commands, Activity activity) {
        commands.add(new Command.RecordActivity(activity));
    }

    private static boolean converted(CsvTable.Row row) {
        return switch (row.get("Converted").strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("Converted must be 0 or 1 (line " + row.line() + ")");
        };
    }

    private static double number(CsvTable.Row row, String column) {
        return known(row.get(column)).map(Double::parseDouble).orElse(0.0);
    }

    /** The value, or empty when it was left blank or unselected. */
    static Optional<String> known(String raw) {
        String value = raw.strip();
        return value.isEmpty() || value.equals("Select") ? Optional.empty() : Optional.of(value);
    }

    private static Map<String, String> attributeColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Lead Number", "leadNumber");
        columns.put("Lead Source", Attributes.SOURCE);
        columns.put("Lead Origin", Attributes.OFFER);
        columns.put("Country", Attributes.COUNTRY);
        columns.put("City", Attributes.CITY);
        columns.put("Specialization", Attributes.INDUSTRY);
        columns.put("What is your current occupation", "occupation");
        columns.put("What matters most to you in choosing a course", "motivation");
        columns.put("How did you hear about X Education", "heardAbout");
        columns.put("Do Not Email", "doNotEmail");
        columns.put("Do Not Call", "doNotCall");
        columns.put("Search", "sawAdInSearch");
        columns.put("Magazine", "sawAdInMagazine");
        columns.put("Newspaper Article", "sawNewspaperArticle");
        columns.put("X Education Forums", "sawForums");
        columns.put("Newspaper", "sawAdInNewspaper");
        columns.put("Digital Advertisement", "sawDigitalAdvertisement");
        columns.put("Through Recommendations", "throughRecommendations");
        columns.put("Receive More Updates About Our Courses", "wantsCourseUpdates");
        columns.put("Update me on Supply Chain Content", "wantsSupplyChainContent");
        columns.put("Get updates on DM Content", "wantsDigitalMarketingContent");
        columns.put("I agree to pay the amount through cheque", "paysByCheque");
        columns.put("Tags", "tags");
        columns.put("Lead Quality", "leadQuality");
        columns.put("Lead Profile", "leadProfile");
        columns.put("Asymmetrique Activity Index", "asymmetriqueActivityIndex");
        columns.put("Asymmetrique Profile Index", "asymmetriqueProfileIndex");
        columns.put("Asymmetrique Activity Score", "asymmetriqueActivityScore");
        columns.put("Asymmetrique Profile Score", "asymmetriqueProfileScore");
        return Collections.unmodifiableMap(columns);
    }
}
