package org.leadpact.agreement;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpact.lead.ActivityType;

/**
 * What changed between two versions of the agreement, clause by clause, in words both teams can read
 * at the quarterly review. Clauses are keyed by path; scoring and routing rules by their id, so a
 * reordered list is not reported as a change of every rule.
 */
public final class AgreementDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public record Change(Kind kind, String clause, String before, String after) {
        public String words() {
            return switch (kind) {
                case ADDED -> clause + ": added (" + after + ")";
                case REMOVED -> clause + ": removed (was " + before + ")";
                case CHANGED -> clause + ": " + before + " → " + after;
            };
        }
    }

    private AgreementDiff() {
    }

    public static List<Change> between(Agreement before, Agreement after) {
        Map<String, String> old = clauses(before);
        Map<String, String> now = clauses(after);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            String was = old.get(key);
            String is = now.get(key);
            if (was == null) {
                changes.add(new Change(Kind.ADDED, key, null, is));
            } else if (is == null) {
                changes.add(new Change(Kind.REMOVED, key, was, null));
            } else if (!was.equals(is)) {
                changes.add(new Change(Kind.CHANGED, key, was, is));
            }
        }
        return changes;
    }

    /** Every clause of the agreement as a path and a short description. */
    public static Map<String, String> clauses(Agreement a) {
        Map<String, String> c = new LinkedHashMap<>();
        Identity id = a.identity();
        c.put("agreement.name", id.name());
        c.put("agreement.version", id.version());
        c.put("agreement.effective", id.effective().toString());
        c.put("agreement.term", id.term().toString());
        c.put("agreement.reviewEvery", id.reviewEvery().code());
        put(c, "agreement.purpose", id.purpose());
        id.glossary().forEach((term, meaning) -> c.put("agreement.glossary." + term, meaning));
        put(c, "signatures.marketing", signature(a.signatures().marketing()));
        put(c, "signatures.sales", signature(a.signatures().sales()));

        TargetBuyer t = a.targetBuyer();
        put(c, "targetBuyer.companySize", t.employees() == null ? null : t.employees() + " employees");
        put(c, "targetBuyer.annualRevenue", t.annualRevenue() == null ? null : t.annualRevenue() + " revenue");
        putList(c, "targetBuyer.hqLocations", t.hqLocations());
        putList(c, "targetBuyer.titles", t.titles().stream().map(TitlePattern::toString).toList());
        putList(c, "targetBuyer.industries.include", t.includeIndustries());
        putList(c, "targetBuyer.industries.exclude", t.excludeIndustries());

        putList(c, "requiredInformation.fields", a.requiredInformation().fields().stream().map(LeadField::code).toList());
        putList(c, "requiredInformation.freeMailDomains", a.requiredInformation().extraFreeMailDomains());
        c.put("behaviouralQualifiers.rule", a.behaviouralQualifiers().rule().code());
        putList(c, "behaviouralQualifiers.anyOf", a.behaviouralQualifiers().anyOf().stream().map(Intent::toString).toList());
        putList(c, "fastTrack", a.fastTrack().activities().stream().map(ActivityType::code).toList());

        scoring(c, a.scoring());
        routing(c, a.routing());
        sla(c, a);
        putList(c, "dispositions", a.dispositions().allowed().stream().map(Disposition::code).toList());
        Recycling r = a.recycling();
        putList(c, "recycling.reasons", r.reasons().stream().map(RecycleReason::code).toList());
        c.put("recycling.lostOpportunities", r.lostOpportunities() ? "lost opportunities return to nurture" : "no");
        put(c, "recycling.nurtureTrack", r.nurtureTrack());
        calendar(c, a.calendar());
        a.opportunityStages().ladder().forEach(s ->
                c.put("opportunityStages." + s.name(), s.probability() + "%"));
        return c;
    }

    private static void scoring(Map<String, String> c, ScoringModel s) {
        c.put("scoring.threshold", String.valueOf(s.threshold()));
        put(c, "scoring.maximum", s.maximum() == null ? null : String.valueOf(s.maximum()));
        c.put("scoring.visitGap", s.visitGap().toString());
        putList(c, "scoring.ignoredPages", s.ignoredPages().stream().map(Glob::toString).toList());
        s.bands().forEach(b -> c.put("scoring.bands." + b.name(), b.from() + (b.to() == null ? "+" : "–" + b.to())));
        s.rules().forEach(r -> c.put("scoring.rules[" + r.id() + "]", describe(r)));
    }

    static String describe(ScoringRule rule) {
        return switch (rule) {
            case ScoringRule.AttributeRule a -> signed(a.points()) + " when " + a.attribute() + " " + a.test().describe();
            case ScoringRule.ActivityRule a -> signed(a.points()) + " per "
                    + a.activities().stream().map(ActivityType::code).sorted().collect(Collectors.joining("/"))
                    + (a.url() == null ? "" : " on " + a.url())
                    + (a.subject() == null ? "" : " of " + a.subject())
                    + (a.campaign() == null ? "" : " in " + a.campaign())
                    + (a.cap() == null ? "" : ", cap " + a.cap())
                    + (a.decay() == null ? "" : ", " + a.decay());
            case ScoringRule.MetricRule m -> (m.each() != null ? signed(m.each()) + " per unit of " + m.metric().code()
                    + ", cap " + m.cap() : signed(m.points()) + " when " + m.metric().code() + " ≥ " + m.atLeast())
                    + (m.within() == null ? "" : " within " + m.within());
        };
    }

    private static String signed(int points) {
        return (points >= 0 ? "+" : "") + points;
    }

    private static void routing(Map<String, String> c, Routing r) {
        r.rules().forEach(rule -> c.put("routing.rules[" + rule.id() + "]", rule.when()
                + (rule.ranges().isEmpty() ? "" : " " + rule.ranges()) + " → "
                + (rule.rep() != null ? "rep " + rule.rep() : "team " + rule.team())));
        r.teams().values().forEach(t -> c.put(t.clause(), t.mode().code()
                + (t.weights().isEmpty() ? "" : ", weights " + t.weights()) + ", caps " + t.caps()
                + ", catch-up " + t.catchUp() + (t.workingHours() ? ", in working hours" : "")));
        c.put("routing.ownerFirst", "accounts " + (r.accountOwners() ? "on" : "off") + ", returning leads "
                + (r.returningLeads() ? "on" : "off"));
        put(c, "routing.default", r.defaultRep() != null ? "rep " + r.defaultRep()
                : r.defaultTeam() != null ? "team " + r.defaultTeam() : null);
    }

    private static void sla(Map<String, String> c, Agreement a) {
        MarketingSla m = a.marketingSla();
        c.put("marketingSla.quota", m.quota() + " qualified leads per " + m.quotaPeriod().code());
        c.put("marketingSla.handOffWithin", m.handOffWithin().toString());
        c.put("marketingSla.completeContactData", m.completeContactData() ? "required" : "not required");
        put(c, "marketingSla.leadValueGoal", m.leadValueGoal() == null ? null : String.valueOf(m.leadValueGoal()));
        SalesSla s = a.salesSla();
        c.put("salesSla.firstFollowUp", "target " + s.firstFollowUpTarget() + ", maximum " + s.firstFollowUpMaximum());
        c.put("salesSla.touches", s.calls() + " calls and " + s.emails() + " e-mails within " + s.touchesWithin());
        c.put("salesSla.statusUpdateWithin", s.statusUpdateWithin().toString());
        c.put("salesSla.minimumTimeBeforeRecycle", s.minimumTimeBeforeRecycle().toString());
        put(c, "salesSla.staleOpportunityAfter", s.staleOpportunityAfter() == null ? null
                : s.staleOpportunityAfter().toString());
        c.put("salesSla.warnAt", s.warnAt() + "%");
        Escalation e = a.escalation();
        putList(c, "escalation.atWarning", e.atWarning().stream().map(Recipient::code).toList());
        putList(c, "escalation.atBreach", e.atBreach().stream().map(Recipient::code).toList());
        put(c, "escalation.reassignAfter", e.reassignAfter() == null ? null : e.reassignAfter().toString());
        putList(c, "escalation.atReassign", e.atReassign().stream().map(Recipient::code).toList());
        MutualSla mu = a.mutualSla();
        c.put("mutualSla.feedbackMeeting", "every " + mu.feedbackMeetingEvery().code()
                + (mu.owner() == null ? "" : ", owned by " + mu.owner()));
        putList(c, "mutualSla.feedbackMeeting.agenda", mu.agenda());
    }

    private static void calendar(Map<String, String> c, BusinessCalendar cal) {
        c.put("calendar.timeZone", cal.timeZone().getId());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeWindow> hours = cal.workingHours().getOrDefault(day, List.of());
            c.put("calendar.workingHours." + day.name().toLowerCase(Locale.ROOT),
                    hours.isEmpty() ? "closed" : hours.stream().map(TimeWindow::toString).collect(Collectors.joining(", ")));
        }
        put(c, "calendar.holidays.country", cal.holidayCountry());
        putList(c, "calendar.holidays.dates", cal.holidays().stream().map(Object::toString).toList());
        cal.exceptions().forEach((date, hours) -> c.put("calendar.exceptions." + date,
                hours.isEmpty() ? "closed" : hours.stream().map(TimeWindow::toString).collect(Collectors.joining(", "))));
    }

    private static String signature(Signature s) {
        return s == null ? null : s.name() + " (" + s.role() + "), signed " + s.signedAt();
    }

    private static void put(Map<String, String> c, String key, String value) {
        if (value != null && !value.isBlank()) {
            c.put(key, value);
        }
    }

    private static void putList(Map<String, String> c, String key, List<String> values) {
        if (!values.isEmpty()) {
            c.put(key, String.join(", ", values));
        }
    }
}
