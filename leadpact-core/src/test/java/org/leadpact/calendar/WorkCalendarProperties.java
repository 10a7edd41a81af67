package org.leadpact.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of business time on a calendar with split shifts, holidays, an exception and both New York
 * daylight-saving changes in range: adding then measuring gives back the amount, adding more never
 * ends earlier, measures add up, and the fast walk agrees with counting minute by minute.
 */
class WorkCalendarProperties {
    private static final WorkCalendar CALENDAR = WorkCalendar.of(Calendars.newYorkSplitShifts()
                    .withExceptions(Map.of(LocalDate.parse("2027-03-13"), List.of(Calendars.window("10:00", "14:00")))),
            List.of(LocalDate.parse("2027-01-18"), LocalDate.parse("2027-05-31"), LocalDate.parse("2027-07-05"),
                    LocalDate.parse("2027-11-25")));
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    @Provide
    Arbitrary<Instant> instants() {
        // Whole minutes over the year, plus a few seconds sometimes: instants are not always minute-aligned.
        return Arbitraries.longs().between(0, 365L * 24 * 60).flatMap(m -> Arbitraries.of(0, 0, 17)
                .map(s -> FROM.plusSeconds(m * 60 + s)));
    }

    @Property
    void adding_then_measuring_gives_back_the_amount(@ForAll("instants") Instant start,
                                                    @ForAll @IntRange(max = 60 * 24 * 40) int minutes) {
        Duration amount = Duration.ofMinutes(minutes);
        assertThat(CALENDAR.between(start, CALENDAR.plus(start, amount))).isEqualTo(amount);
    }

    @Property
    void adding_more_never_ends_earlier(@ForAll("instants") Instant start, @ForAll @IntRange(max = 20_000) int a,
                                        @ForAll @IntRange(max = 20_000) int b) {
        Instant first = CALENDAR.plus(start, Duration.ofMinutes(Math.min(a, b)));
        Instant second = CALENDAR.plus(start, Duration.ofMinutes(Math.max(a, b)));
        assertThat(first).isBeforeOrEqualTo(second);
    }

    @Property
    void measures_add_up(@ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        assertThat(CALENDAR.between(a, b).plus(CALENDAR.between(b, c))).isEqualTo(CALENDAR.between(a, c));
    }

    @Property(tries = 200)
    void the_fast_walk_agrees_with_counting_minutes(@ForAll("instants") Instant start,
                                                    @ForAll @IntRange(max = 3 * 24 * 60) int span) {
        Instant from = start.minusSeconds(start.getEpochSecond() % 60);
        Instant to = from.plusSeconds(span * 60L);
        long working = 0;
        for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
            working += CALENDAR.isWorking(m) ? 1 : 0;
        }
        assertThat(CALENDAR.between(from, to)).isEqualTo(Duration.ofMinutes(working));
    }
}
