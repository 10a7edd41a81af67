package org.leadpact.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.leadpact.AgreementFixture;
import org.leadpact.LeadFixture;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.Escalation;
import org.leadpact.agreement.Recipient;
import org.leadpact.agreement.SalesSla;
import org.leadpact.agreement.TimeWindow;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Outcome;

/**
 * The classic agreement with New York split shifts (09:00-12:00, 13:00-17:00 on weekdays), a first
 * follow-up of 30 minutes (target) and 24 business hours (maximum), and reassignment 4 business hours
 * after a breach. Lead time starts on Monday 1 March 2027 at 09:00 in New York (14:00 UTC).
 */
final class SlaFixture {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SlaFixture() {
    }

    static BusinessCalendar splitShifts() {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, day.getValue() <= 5 ? List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                    new TimeWindow(LocalTime.of(13, 0), LocalTime.of(17, 0))) : List.of());
        }
        return new BusinessCalendar(NEW_YORK, hours, null, List.of());
    }

    static Agreement agreement(SalesSla sales) {
        Agreement a = AgreementFixture.classic();
        return new Agreement(a.identity(), a.signatures(), a.targetBuyer(), a.requiredInformation(),
                a.behaviouralQualifiers(), a.scoring(), a.fastTrack(), null, null, sales, null, null, null,
                splitShifts(), null, new Escalation(List.of(Recipient.REP), List.of(Recipient.REP, Recipient.MANAGER),
                AgreedDuration.parse("4 business hours"), List.of(Recipient.MARKETING_OPERATIONS)));
    }

    static Agreement agreement() {
        return agreement(SalesSla.DEFAULT);
    }

    static Instant ny(String local) {
        return java.time.LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    /** Qualified at 09:01 and handed to alice at 09:02 on Monday 1 March (New York). */
    static LeadState handedOff(LeadEngine engine) {
        return handedOff(engine, "lead-1");
    }

    static LeadState handedOff(LeadEngine engine, String id) {
        LeadState s = apply(engine, LeadState.empty(id),
                LeadFixture.captured(LeadFixture.T0, LeadFixture.marketingDirectorAt500EmployeeFirm()));
        s = apply(engine, s, LeadFixture.did(ActivityType.WEBINAR_REGISTRATION, LeadFixture.minutes(1)));
        return apply(engine, s, new Command.HandOff(LeadFixture.minutes(2), "alice", "router", "east"));
    }

    static LeadState apply(LeadEngine engine, LeadState s, Command c) {
        Outcome o = engine.handle(s, c);
        if (o instanceof Outcome.Rejected r) {
            throw new AssertionError(c + " refused: " + r.reason());
        }
        return ((Outcome.Accepted) o).state();
    }
}
