package org.leadpact.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * When a rep works, in their time zone: weekday windows written like {@code "Mon-Fri 09:00-17:00"} or
 * {@code "Mon-Thu 08:00-16:00, Fri 08:00-12:00"}. No windows means any time (the zone still sets the
 * rep's day for daily caps).
 */
public record WorkingHours(ZoneId zone, Map<DayOfWeek, List<Window>> days) {
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    public static final WorkingHours ALWAYS = new WorkingHours(ZoneId.of("UTC"), Map.of());

    /** From {@code from} (inclusive) to {@code to} (exclusive), within one day. */
    public record Window(LocalTime from, LocalTime to) {
        public Window {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a working window ends (" + to + ") after it starts (" + from + ")");
            }
        }
    }

    public WorkingHours {
        zone = zone == null ? ZoneId.of("UTC") : zone;
        Map<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, windows) -> copy.put(day, List.copyOf(windows)));
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public boolean always() {
        return days.isEmpty();
    }

    public boolean contains(Instant at) {
        if (days.isEmpty()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        for (Window w : days.getOrDefault(local.getDayOfWeek(), List.of())) {
            if (!time.isBefore(w.from()) && time.isBefore(w.to())) {
                return true;
            }
        }
        return false;
    }

    /** Reads "Mon-Fri 09:00-17:00, Sat 10:00-12:00" in a time zone ("Europe/Berlin"); blank means any time. */
    public static WorkingHours parse(String text, String zone) {
        ZoneId id;
        try {
            id = zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + zone + "' is not a time zone (write e.g. Europe/Berlin, "
                    + "America/New_York, UTC)");
        }
        Map<DayOfWeek, List<Window>> days = new EnumMap<>(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                addPart(part.strip(), days);
            }
        }
        return new WorkingHours(id, days);
    }

    private static void addPart(String part, Map<DayOfWeek, List<Window>> days) {
        String[] words = part.split("\\s+");
        if (words.length != 2 || !words[1].contains("-")) {
            throw new IllegalArgumentException("'" + part + "' is not a working window: write e.g. Mon-Fri 09:00-17:00");
        }
        Window window;
        try {
            String[] times = words[1].split("-");
            window = new Window(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + words[1] + "' is not a time range: write e.g. 09:00-17:00");
        }
        String[] range = words[0].split("-");
        DayOfWeek first = day(range[0]);
        DayOfWeek last = range.length > 1 ? day(range[1]) : first;
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            days.computeIfAbsent(d, k -> new ArrayList<>()).add(window);
            if (d == last) {
                break;
            }
        }
    }

    private static DayOfWeek day(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a day of the week (Mon, Tue, ... Sun)");
    }

    /** The windows as {@link #parse} reads them, runs of days alike joined: "Mon-Fri 09:00-17:00, Sat 10:00-12:00". */
    public String windows() {
        StringBuilder text = new StringBuilder();
        DayOfWeek[] all = DayOfWeek.values();
        for (int i = 0; i < all.length; i++) {
            List<Window> same = days.get(all[i]);
            if (same == null) {
                continue;
            }
            int last = i;
            while (last + 1 < all.length && same.equals(days.get(all[last + 1]))) {
                last++;
            }
            for (Window w : same) {
                text.append(text.isEmpty() ? "" : ", ").append(DAY_NAMES[i]).append(last > i ? "-" + DAY_NAMES[last] : "")
                        .append(' ').append(w.from()).append('-').append(w.to());
            }
            i = last;
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return (always() ? "any time" : windows()) + " " + zone;
    }
}
