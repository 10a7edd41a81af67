package org.leadpact.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.leadpact.app.store.EventCodec;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;

/**
 * The synthetic ingest load, the same for every run (fixed seed): leads half of which fit the example
 * agreement's target buyer, and activities spread uniformly at random over them, in time order over
 * 60 days, with a marketing mix (page views, e-mail, forms, content, webinars). Fitting leads qualify
 * once they register for content and score 60; the others are scored and assessed on every activity.
 */
final class IngestWorkload {
    static final Instant START = Instant.parse("2027-01-04T08:00:00Z");
    private static final Duration SPAN = Duration.ofDays(60);
    private static final String[] PAGES = {"https://acme.example/pricing", "https://acme.example/product/insights",
        "https://acme.example/product/dashboards", "https://acme.example/blog/attribution",
        "https://acme.example/careers/engineer"};

    /** One activity for the lead at {@code lead} (an index into the created leads), with its event id. */
    record Item(int lead, String eventId, Activity activity) {
    }

    private final int leads;
    private final List<Item> items;

    IngestWorkload(int leads, int events, long seed) {
        this.leads = leads;
        SplittableRandom random = new SplittableRandom(seed);
        long step = SPAN.toMillis() / events;
        List<Item> generated = new ArrayList<>(events);
        for (int n = 0; n < events; n++) {
            Instant at = START.plusMillis(n * step);
            generated.add(new Item(random.nextInt(leads), "ing-" + n, activity(random, at)));
        }
        this.items = List.copyOf(generated);
    }

    private static Activity activity(SplittableRandom random, Instant at) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return Activity.pageView(at, PAGES[random.nextInt(PAGES.length)], 5 + random.nextInt(240));
        }
        if (roll < 75) {
            return Activity.of(ActivityType.EMAIL_OPEN, at).withSubject("Monthly digest").withCampaign("nurture-q1");
        }
        if (roll < 85) {
            return Activity.of(ActivityType.EMAIL_CLICK, at).withUrl("https://acme.example/webinar/spring")
                    .withCampaign("nurture-q1");
        }
        if (roll < 91) {
            return Activity.of(ActivityType.FORM_FILL, at).withSubject("Newsletter");
        }
        if (roll < 95) {
            return Activity.of(ActivityType.CONTENT_REGISTRATION, at).withSubject("Buyer's guide");
        }
        return Activity.of(roll < 98 ? ActivityType.WEBINAR_REGISTRATION : ActivityType.WEBINAR_ATTENDED, at)
                .withSubject("Spring webinar");
    }

    int leads() {
        return leads;
    }

    List<Item> items() {
        return items;
    }

    /** The body that creates lead {@code i}: complete contact data; even leads fit the target buyer. */
    static String lead(String prefix, int i) {
        String title = i % 2 == 0 ? "VP Marketing" : "Marketing Coordinator";
        return """
                {"attributes": {"firstName": "Lee", "lastName": "Number %d", "email": "%s%d@contoso.example",
                 "company": "Contoso %d", "title": "%s", "phone": "+1 212 555 0123", "city": "New York",
                 "state": "NY", "country": "US", "website": "contoso.example", "employees": 1200,
                 "industry": "Retail"}, "at": "%s"}""".formatted(i, prefix, i, i, title, START.minusSeconds(60));
    }

    /** A batch request body: the items from {@code from} (inclusive) to {@code to}, naming leads by id. */
    String batch(List<String> leadIds, int from, int to) {
        StringBuilder body = new StringBuilder(220 * (to - from)).append("{\"activities\": [");
        for (int n = from; n < to; n++) {
            Item item = items.get(n);
            body.append(n == from ? "" : ",").append("\n{\"leadId\": \"").append(leadIds.get(item.lead()))
                    .append("\", \"eventId\": \"").append(item.eventId()).append("\", ");
            fields(body, item.activity());
            body.append('}');
        }
        return body.append("]}").toString();
    }

    /** One activity request body for a single lead, without the reference to the lead. */
    static void fields(StringBuilder body, Activity a) {
        body.append("\"type\": \"").append(a.type().code()).append("\", \"at\": \"").append(a.at()).append('"');
        if (a.url() != null) {
            body.append(", \"url\": \"").append(a.url()).append('"');
        }
        if (a.subject() != null) {
            body.append(", \"subject\": \"").append(a.subject().replace("\"", "\\\"")).append('"');
        }
        if (a.campaign() != null) {
            body.append(", \"campaign\": \"").append(a.campaign()).append('"');
        }
        if (a.durationSeconds() > 0) {
            body.append(", \"durationSeconds\": ").append(a.durationSeconds());
        }
    }

    /**
     * The rows the server writes to {@code lead_event} for these activities, as PostgreSQL CSV:
     * position, lead_id, lead_version, event_id, event_type, occurred_at, recorded_at, recorded_by,
     * payload (the same JSON as the event codec writes).
     */
    String csvRows(List<String> leadIds, Instant recordedAt) {
        EventCodec codec = new EventCodec();
        int[] versions = new int[leads];
        StringBuilder csv = new StringBuilder(400 * items.size());
        long position = 0;
        for (Item item : items) {
            String payload = codec.write(new ActivityRecorded(item.activity()));
            csv.append(++position).append(',').append(leadIds.get(item.lead())).append(',')
                    .append(++versions[item.lead()]).append(',').append(item.eventId()).append(",activity-recorded,")
                    .append(item.activity().at()).append(',').append(recordedAt).append(",api,\"")
                    .append(payload.replace("\"", "\"\"")).append("\"\n");
        }
        return csv.toString();
    }
}
