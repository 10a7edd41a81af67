package org.leadpact.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.leadpact.agreement.TeamPolicy;

/**
 * Why a rep cannot take a lead now, in words, or empty when they can: inactive, out of office,
 * outside working hours (when the team's policy honours them), or at a cap (new leads today or this
 * week in the rep's time zone, open leads).
 */
final class Availability {
    private Availability() {
    }

    /** Inactive or out of office: what even owner-first routing respects. */
    static Optional<String> absent(Rep rep, Instant at) {
        if (!rep.active()) {
            return Optional.of("inactive");
        }
        return rep.awayAt(at).map(a -> "out of office until " + a.until()
                + (a.note() == null || a.note().isBlank() ? "" : ", " + a.note()));
    }

    static Optional<String> unavailable(Rep rep, TeamPolicy policy, RoutingState state, Instant at) {
        Optional<String> absent = absent(rep, at);
        if (absent.isPresent()) {
            return absent;
        }
        if (policy.workingHours() && !rep.hours().contains(at)) {
            return Optional.of("outside working hours, " + rep.hours());
        }
        return capped(rep, policy.caps(), state.load(rep.id()), at);
    }

    private static Optional<String> capped(Rep rep, TeamPolicy.Caps caps, RepLoad load, Instant at) {
        if (caps.open() != null && load.open() >= caps.open()) {
            return Optional.of(load.open() + " open leads, the cap (" + caps.open() + ")");
        }
        if (caps.perDay() == null && caps.perWeek() == null) {
            return Optional.empty();
        }
        ZonedDateTime day = at.atZone(rep.zone()).truncatedTo(ChronoUnit.DAYS);
        if (caps.perDay() != null) {
            int today = load.between(day.toInstant(), at);
            if (today >= caps.perDay()) {
                return Optional.of(today + " new leads today, the cap (" + caps.perDay() + ")");
            }
        }
        if (caps.perWeek() != null) {
            Instant monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
            int week = load.between(monday, at);
            if (week >= caps.perWeek()) {
                return Optional.of(week + " new leads this week, the cap (" + caps.perWeek() + ")");
            }
        }
        return Optional.empty();
    }
}
