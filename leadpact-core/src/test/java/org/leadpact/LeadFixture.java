package org.leadpact;

import java.time.Instant;
import java.util.Map;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/** Leads and activities for tests, named for who they are. */
public final class LeadFixture {
    public static final Instant T0 = Instant.parse("2027-03-01T14:00:00Z");

    private LeadFixture() {
    }

    /** A Director of Marketing at a 500-employee US software firm, every required field present. */
    public static Map<String, String> marketingDirectorAt500EmployeeFirm() {
        return Map.ofEntries(Map.entry("firstName", "Dana"), Map.entry("lastName", "Whitfield"),
                Map.entry("email", "dana.whitfield@northwind.example"), Map.entry("company", "Northwind Analytics"),
                Map.entry("title", "Director of Marketing"), Map.entry("phone", "+1 617 555 0142"),
                Map.entry("city", "Boston"), Map.entry("state", "MA"), Map.entry("country", "United States"),
                Map.entry("website", "northwind.example"), Map.entry("employees", "500"),
                Map.entry("industry", "Software"));
    }

    public static Command.UpdateAttributes captured(Instant at, Map<String, String> attributes) {
        return new Command.UpdateAttributes(at, attributes, "form");
    }

    public static Command.RecordActivity did(ActivityType type, Instant at) {
        return new Command.RecordActivity(Activity.of(type, at));
    }

    public static Command.RecordActivity viewed(String url, Instant at, int seconds) {
        return new Command.RecordActivity(Activity.pageView(at, url, seconds));
    }

    public static Instant minutes(long m) {
        return T0.plusSeconds(m * 60);
    }

    public static Instant days(long d) {
        return T0.plusSeconds(d * 86_400);
    }
}
