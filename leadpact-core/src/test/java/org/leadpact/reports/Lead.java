package org.leadpact.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/** A lead's history written by hand, day by day from 2027-01-01 (UTC), for report tests. */
final class Lead {
    static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private final String id;
    private final List<LeadEvent> events = new ArrayList<>();
    private Stage stage = Stage.NEW;

    private Lead(String id) {
        this.id = id;
    }

    static Instant day(double d) {
        return T0.plusSeconds(Math.round(d * 86_400));
    }

    /** A lead known from day {@code d}, with attributes given as name, value pairs. */
    static Lead created(String id, double d, String... attributes) {
        Lead lead = new Lead(id);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put(attributes[i], attributes[i + 1]);
        }
        lead.events.add(new AttributesChanged(day(d), values, "test"));
        return lead;
    }

    private Lead to(Stage to, double d, String transition, BigDecimal amount) {
        events.add(new StageChanged(day(d), stage, to, transition, "test", null, "v1", "test", amount));
        stage = to;
        return this;
    }

    Lead qualify(double d) {
        return to(Stage.MQL, d, "qualify", null);
    }

    Lead handOff(double d, String rep) {
        events.add(new OwnerAssigned(day(d), rep, "router", "test", "v1", "routing"));
        return to(Stage.HANDED_OFF, d, "hand-off", null);
    }

    Lead accept(double d) {
        return to(Stage.SAL, d, "accept", null);
    }

    Lead open(double d) {
        to(Stage.OPPORTUNITY, d, "open-opportunity", null);
        return move(d, "prospect", 10);
    }

    Lead move(double d, String ladderStage, int probability) {
        events.add(new OpportunityStageMoved(day(d), ladderStage, probability, "rep", "v1"));
        return this;
    }

    Lead win(double d, long amount) {
        return to(Stage.WON, d, "win", BigDecimal.valueOf(amount));
    }

    Lead lose(double d) {
        return to(Stage.LOST, d, "lose", null);
    }

    Lead recycle(double d) {
        return to(Stage.NURTURE, d, "recycle", null);
    }

    Lead touch(double d) {
        events.add(new ActivityRecorded(Activity.of(ActivityType.SALES_CALL, day(d)).by("rep")));
        return this;
    }

    Lead visit(double d) {
        events.add(new ActivityRecorded(Activity.pageView(day(d), "https://x.example/pricing", 30)));
        return this;
    }

    LeadState state() {
        return LeadState.fold(id, events);
    }

    LeadFacts facts() {
        return LeadFacts.of(state());
    }

    static List<LeadFacts> facts(Lead... leads) {
        return java.util.Arrays.stream(leads).map(l -> l.facts()).toList();
    }
}
