package org.leadpact.app.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.LeadEvent;

/**
 * Activity of visitors nobody knows yet (a cookie id), kept until the visitor identifies through a
 * form; then it joins their lead and counts. Once joined, a visitor id points at its lead.
 */
public final class VisitorInbox {
    private final Database db;
    private final EventCodec codec = new EventCodec();

    public VisitorInbox(Database db) {
        this.db = db;
    }

    /** The lead this visitor became, once they identified. */
    public Optional<String> leadOf(String visitorId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT lead_id FROM visitor WHERE visitor_id = :v")
                .bind("v", visitorId).mapTo(String.class).findOne());
    }

    /** @return false when an activity with this event id was received before */
    public boolean hold(String visitorId, Activity activity, String eventId, Instant recordedAt) {
        return db.jdbi().withHandle(h -> {
            if (eventId != null && h.createQuery("SELECT COUNT(*) FROM visitor_activity WHERE event_id = :e")
                    .bind("e", eventId).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("INSERT INTO visitor_activity (visitor_id, event_id, payload, recorded_at) "
                            + "VALUES (:v, :e, :payload, :at)")
                    .bind("v", visitorId).bind("e", eventId).bind("payload", codec.write(new ActivityRecorded(activity)))
                    .bind("at", recordedAt.atOffset(ZoneOffset.UTC)).execute();
            return true;
        });
    }

    /** The visitor's activities not yet joined to a lead, in the order they happened. */
    public List<Activity> waiting(String visitorId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT payload FROM visitor_activity WHERE visitor_id = :v "
                        + "AND joined_lead_id IS NULL ORDER BY position").bind("v", visitorId).mapTo(String.class)
                .map(codec::read).map(LeadEvent.class::cast).map(e -> ((ActivityRecorded) e).activity())
                .list().stream().sorted(java.util.Comparator.comparing(Activity::at)).toList());
    }

    /** Marks the visitor as this lead and their waiting activity as joined. */
    public void join(String visitorId, String leadId) {
        db.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE visitor_activity SET joined_lead_id = :lead WHERE visitor_id = :v "
                    + "AND joined_lead_id IS NULL").bind("lead", leadId).bind("v", visitorId).execute();
            if (h.createUpdate("UPDATE visitor SET lead_id = :lead WHERE visitor_id = :v").bind("lead", leadId)
                    .bind("v", visitorId).execute() == 0) {
                h.createUpdate("INSERT INTO visitor (visitor_id, lead_id) VALUES (:v, :lead)").bind("v", visitorId)
                        .bind("lead", leadId).execute();
            }
        });
    }
}
