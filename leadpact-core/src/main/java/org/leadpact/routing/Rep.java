package org.leadpact.routing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A sales rep as routing and notifications need them: who they are, how to reach them (e-mail, their
 * own webhook), whether they take leads at all ({@code active}), their team, their working hours (with
 * time zone) and their out-of-office periods. An inactive rep never receives a lead.
 *
 * @param webhook        an http(s) URL that receives this rep's notifications instead of the shared webhook, or null
 * @param holidayCountry the country whose public holidays the rep's SLA calendar keeps (ISO code), or null for
 *                       the agreement calendar's
 */
public record Rep(String id, String name, String email, boolean active, String team, WorkingHours hours,
                  List<Away> away, String webhook, String holidayCountry) {
    public Rep {
        requireId(id, "rep id");
        name = name == null || name.isBlank() ? id : name.strip();
        email = Team.blankToNull(email);
        team = Team.blankToNull(team);
        hours = hours == null ? WorkingHours.ALWAYS : hours;
        away = away == null ? List.of() : away.stream().sorted(Comparator.comparing(Away::from)).toList();
        webhook = Team.blankToNull(webhook);
        if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("webhook '" + webhook + "' is not an http(s) URL");
        }
        holidayCountry = Team.blankToNull(holidayCountry);
        holidayCountry = holidayCountry == null ? null : holidayCountry.toUpperCase(java.util.Locale.ROOT);
    }

    /** A rep without a webhook of their own (routing's view needs none). */
    public Rep(String id, String name, String email, boolean active, String team, WorkingHours hours, List<Away> away) {
        this(id, name, email, active, team, hours, away, null, null);
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank() || !id.strip().equals(id) || id.length() > 200) {
            throw new IllegalArgumentException(what + " must be non-blank text without surrounding spaces");
        }
    }

    /** The out-of-office period that covers this instant, if any. */
    public Optional<Away> awayAt(Instant at) {
        for (Away a : away) {
            if (a.covers(at)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public ZoneId zone() {
        return hours.zone();
    }

    public Rep withAway(List<Away> periods) {
        return new Rep(id, name, email, active, team, hours, periods, webhook, holidayCountry);
    }
}
