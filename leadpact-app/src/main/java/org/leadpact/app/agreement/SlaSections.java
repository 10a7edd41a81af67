package org.leadpact.app.agreement;

import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.agreement.Escalation;
import org.leadpact.agreement.Recipient;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.agreement.MutualSla;
import org.leadpact.agreement.OpportunityStage;
import org.leadpact.agreement.OpportunityStages;
import org.leadpact.agreement.Period;
import org.leadpact.agreement.SalesSla;
import org.leadpact.agreement.TimeWindow;

/** Reads the SLA sections, the business calendar and the opportunity ladder of an agreement file. */
final class SlaSections {
    private SlaSections() {
    }

    static MarketingSla marketing(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        MarketingSla d = MarketingSla.DEFAULT;
        Object[] quota = o.get("quota", false, (n, p) -> {
            Binder.Obj q = b.obj(n, p);
            List<String> given = q.keys().stream().filter(k -> k.startsWith("per")).toList();
            Integer count = given.size() == 1 ? q.get(given.get(0), true, b::wholeNumber) : null;
            if (given.size() != 1) {
                b.problem(n, p, "give one quota: perWeek, perMonth or perQuarter");
                given.forEach(q::optional);
            }
            q.done("perWeek", "perMonth", "perQuarter");
            if (given.size() != 1) {
                return null;
            }
            Period period = switch (given.get(0)) {
                case "perWeek" -> Period.WEEK;
                case "perQuarter" -> Period.QUARTER;
                default -> Period.MONTH;
            };
            return count == null ? null : new Object[] {count, period};
        }, new Object[] {d.quota(), d.quotaPeriod()});
        AgreedDuration handOff = o.get("handOffWithin", false, b::duration, d.handOffWithin());
        Boolean complete = o.get("completeContactData", false, b::bool, d.completeContactData());
        Integer valueGoal = o.get("leadValueGoal", false, b::wholeNumber);
        o.done("quota", "handOffWithin", "completeContactData", "leadValueGoal");
        return b.attempt(node, path, () -> new MarketingSla((Integer) quota[0], (Period) quota[1], handOff, complete,
                valueGoal == null ? null : valueGoal.longValue()));
    }

    static SalesSla sales(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        SalesSla d = SalesSla.DEFAULT;
        AgreedDuration[] followUp = o.get("firstFollowUp", false, (n, p) -> {
            Binder.Obj f = b.obj(n, p);
            AgreedDuration target = f.get("target", false, b::duration, d.firstFollowUpTarget());
            AgreedDuration maximum = f.get("maximum", false, b::duration, d.firstFollowUpMaximum());
            f.done("target", "maximum");
            return new AgreedDuration[] {target, maximum};
        }, new AgreedDuration[] {d.firstFollowUpTarget(), d.firstFollowUpMaximum()});
        Object[] touches = o.get("touches", false, (n, p) -> {
            Binder.Obj t = b.obj(n, p);
            Integer calls = t.get("calls", false, b::wholeNumber, d.calls());
            Integer emails = t.get("emails", false, b::wholeNumber, d.emails());
            AgreedDuration within = t.get("within", false, b::duration, d.touchesWithin());
            t.done("calls", "emails", "within");
            return new Object[] {calls, emails, within};
        }, new Object[] {d.calls(), d.emails(), d.touchesWithin()});
        AgreedDuration status = o.get("statusUpdateWithin", false, b::duration, d.statusUpdateWithin());
        AgreedDuration minimum = o.get("minimumTimeBeforeRecycle", false, b::duration, d.minimumTimeBeforeRecycle());
        AgreedDuration stale = o.get("staleOpportunityAfter", false, b::duration);
        Integer warnAt = o.get("warnAt", false, (n, p) -> percent(b, n, p), SalesSla.DEFAULT_WARN_AT);
        o.done("firstFollowUp", "touches", "statusUpdateWithin", "minimumTimeBeforeRecycle", "staleOpportunityAfter",
                "warnAt");
        return b.attempt(node, path, () -> new SalesSla(followUp[0], followUp[1], (Integer) touches[0],
                (Integer) touches[1], (AgreedDuration) touches[2], status, minimum, stale, warnAt));
    }

    /** "80%" (or 80): a share of a clock's time. */
    private static Integer percent(Binder b, YamlNode node, String path) {
        String text = b.text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replaceFirst("\\s*%$", ""));
        } catch (NumberFormatException e) {
            b.problem(node, path, "'" + text + "' is not a share like 80%");
            return null;
        }
    }

    /** Who is told at a clock's warning and breach, and when an untouched lead goes to the next rep. */
    static Escalation escalation(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Escalation d = Escalation.DEFAULT;
        List<Recipient> warning = o.get("atWarning", false, (n, p) -> recipients(b, n, p), d.atWarning());
        List<Recipient> breach = o.get("atBreach", false, (n, p) -> recipients(b, n, p), d.atBreach());
        AgreedDuration reassign = o.get("reassignAfter", false, b::duration);
        List<Recipient> atReassign = o.get("atReassign", false, (n, p) -> recipients(b, n, p), d.atReassign());
        o.done("atWarning", "atBreach", "reassignAfter", "atReassign");
        return b.attempt(node, path, () -> new Escalation(warning, breach, reassign, atReassign));
    }

    private static List<Recipient> recipients(Binder b, YamlNode node, String path) {
        return b.list(node, path, (item, ip) -> b.word(item, ip, Recipient::fromCode,
                String.join(", ", Recipient.codes())));
    }

    static MutualSla mutual(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        MutualSla meeting = o.get("feedbackMeeting", false, (n, p) -> {
            Binder.Obj m = b.obj(n, p);
            Period every = m.get("every", true, (x, xp) -> AgreementFileReader.period(b, x, xp));
            String owner = m.get("owner", false, b::text);
            List<String> agenda = m.get("agenda", false, (x, xp) -> b.list(x, xp, b::text), MutualSla.DEFAULT.agenda());
            m.done("every", "owner", "agenda");
            return every == null ? null : new MutualSla(every, owner, agenda);
        }, MutualSla.DEFAULT);
        o.done("feedbackMeeting");
        return meeting;
    }

    static BusinessCalendar calendar(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        BusinessCalendar d = BusinessCalendar.DEFAULT;
        ZoneId zone = o.get("timeZone", false, (n, p) -> {
            String text = b.text(n, p);
            try {
                return text == null ? null : ZoneId.of(text);
            } catch (DateTimeException e) {
                b.problem(n, p, "'" + text + "' is not a time zone (use a region id like America/New_York)");
                return null;
            }
        }, d.timeZone());
        Map<DayOfWeek, List<TimeWindow>> hours = o.get("workingHours", false, (n, p) -> workingHours(b, n, p),
                d.workingHours());
        Object[] holidays = o.get("holidays", false, (n, p) -> {
            Binder.Obj h = b.obj(n, p);
            String country = h.get("country", false, b::text);
            if (country != null && !country.matches("[A-Z]{2}")) {
                b.problem(h.node(), h.path("country"), "use the two-letter ISO code of the country, e.g. US, DE");
            } else if (country != null && !org.leadpact.app.sla.PublicHolidays.knows(country)) {
                b.problem(h.node(), h.path("country"), "the holiday library knows no public holidays of " + country);
            }
            List<LocalDate> dates = h.get("dates", false, (x, xp) -> b.list(x, xp, b::date), List.of());
            h.done("country", "dates");
            return new Object[] {country, dates};
        }, new Object[] {null, List.of()});
        Map<LocalDate, List<TimeWindow>> exceptions = o.get("exceptions", false, (n, p) -> exceptions(b, n, p),
                Map.of());
        o.done("timeZone", "workingHours", "holidays", "exceptions");
        @SuppressWarnings("unchecked")
        List<LocalDate> dates = (List<LocalDate>) holidays[1];
        return hours == null || exceptions == null ? null
                : b.attempt(node, path, () -> new BusinessCalendar(zone, hours, (String) holidays[0], dates, exceptions));
    }

    /** "2027-12-31: 09:00-13:00" (other hours that day) or "2027-11-26: closed"; the date wins over holidays. */
    private static Map<LocalDate, List<TimeWindow>> exceptions(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Map<LocalDate, List<TimeWindow>> exceptions = new java.util.TreeMap<>();
        boolean ok = true;
        for (String key : o.keys()) {
            LocalDate date;
            try {
                date = LocalDate.parse(key);
            } catch (DateTimeParseException e) {
                o.optional(key);
                b.problem(o.node(), o.path(key), "an exception is keyed by its date, like 2027-12-31");
                ok = false;
                continue;
            }
            List<TimeWindow> windows = o.get(key, true, (n, p) -> windows(b, o, key, b.text(n, p)));
            ok &= windows != null;
            if (windows != null) {
                exceptions.put(date, windows);
            }
        }
        return ok ? exceptions : null;
    }

    /** "monday: 09:00-12:00, 13:00-17:00"; a day not listed (or "closed") has no working hours. */
    private static Map<DayOfWeek, List<TimeWindow>> workingHours(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            String text = o.get(name, false, b::text);
            List<TimeWindow> windows = windows(b, o, name, text);
            if (windows == null) {
                return null;
            }
            hours.put(day, windows);
        }
        o.done("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        return hours;
    }

    /** "09:00-12:00, 13:00-17:00" or "closed" (or nothing): the windows, or null after reporting a problem. */
    private static List<TimeWindow> windows(Binder b, Binder.Obj o, String name, String text) {
        List<TimeWindow> windows = new ArrayList<>();
        if (text != null && !text.equalsIgnoreCase("closed")) {
            for (String part : text.split(",")) {
                TimeWindow window = window(b, o.node(), o.path(name), part.strip());
                if (window == null) {
                    return null;
                }
                windows.add(window);
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    b.problem(o.node(), o.path(name), "working times " + windows.get(i) + " and " + windows.get(j)
                            + " overlap");
                    return null;
                }
            }
        }
        return windows;
    }

    private static TimeWindow window(Binder b, YamlNode node, String path, String text) {
        String[] ends = text.split("\\s*-\\s*");
        if (ends.length != 2) {
            b.problem(b.lineOf(path), path, "'" + text + "' is not a time range like 09:00-17:00");
            return null;
        }
        try {
            LocalTime start = LocalTime.parse(ends[0]);
            LocalTime end = ends[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(ends[1]);
            return b.attempt(node, path, () -> new TimeWindow(start, end));
        } catch (DateTimeParseException e) {
            b.problem(b.lineOf(path), path, "'" + text + "' is not a time range like 09:00-17:00");
            return null;
        }
    }

    static OpportunityStages stages(Binder b, YamlNode node, String path) {
        List<OpportunityStage> ladder = b.list(node, path, (item, ip) -> {
            Binder.Obj s = b.obj(item, ip);
            String name = s.get("name", true, b::text);
            Integer probability = s.get("probability", true, b::wholeNumber);
            s.done("name", "probability");
            return name == null || probability == null ? null
                    : b.attempt(item, ip, () -> new OpportunityStage(name, probability));
        });
        return ladder == null ? null : b.attempt(node, path, () -> new OpportunityStages(ladder));
    }
}
