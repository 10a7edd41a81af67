package org.leadpact.app.simulation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadpact.agreement.BusinessCalendar;
import org.leadpact.routing.WorkingHours;

/**
 * The simulated company's sales organisation: six teams with territories matching the simulation
 * agreement's routing rules, and their reps (250 by default), named reproducibly from the seed.
 */
public final class Company {
    /** The teams, in the order of the simulation agreement's routing rules; the last takes the rest. */
    public static final List<Team> TEAMS = List.of(
            new Team("enterprise-ae", List.of(), 30),
            new Team("east", List.of("NY", "NJ", "MA", "CT", "PA", "RI", "NH", "VT", "ME", "DE", "MD", "DC", "ON",
                    "QC", "NS", "NB"), 50),
            new Team("south", List.of("FL", "GA", "NC", "SC", "VA", "TN", "AL", "MS", "LA", "AR", "KY", "WV", "TX",
                    "OK"), 45),
            new Team("central", List.of("IL", "OH", "MI", "IN", "WI", "MN", "IA", "MO", "KS", "NE", "ND", "SD", "MB",
                    "SK"), 40),
            new Team("west", List.of("CA", "WA", "OR", "NV", "AZ", "CO", "UT", "NM", "ID", "MT", "WY", "AK", "HI",
                    "BC", "AB"), 50),
            new Team("inside-sales", List.of(), 35));

    private final List<Rep> reps;
    private final Map<String, List<Rep>> byTeam;

    private Company(List<Rep> reps) {
        this.reps = List.copyOf(reps);
        this.byTeam = reps.stream().collect(Collectors.groupingBy(Rep::team, java.util.LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
    }

    /** The company of this seed, its teams scaled to {@code totalReps} reps (at least one per team). */
    public static Company of(long seed, int totalReps) {
        int standard = TEAMS.stream().mapToInt(Team::size).sum();
        Set<String> taken = new HashSet<>();
        List<Rep> reps = new ArrayList<>();
        for (Team team : TEAMS) {
            int size = Math.max(1, Math.round((float) team.size() * totalReps / standard));
            for (int i = 0; i < size; i++) {
                Dice dice = Dice.of(seed, 0x5eb5L, reps.size());
                String first = dice.pick(Names.FIRST);
                String last = dice.pick(Names.LAST);
                String id = Names.slug(first + "." + last);
                for (int n = 2; !taken.add(id); n++) {
                    id = Names.slug(first + "." + last) + n;
                }
                double promptness = dice.chance(0.15) ? dice.logNormal(0.35, 0.3) : dice.logNormal(1.0, 0.25);
                reps.add(new Rep(id, first + " " + last, team.id(), promptness, dice.logNormal(1.0, 0.2)));
            }
        }
        return new Company(reps);
    }

    public List<Rep> reps() {
        return reps;
    }

    public List<Rep> team(String team) {
        return byTeam.getOrDefault(team, List.of());
    }

    public Map<String, Rep> byId() {
        return reps.stream().collect(Collectors.toUnmodifiableMap(Rep::id, Function.identity()));
    }

    /** A team's manager: its first rep (who also takes leads, like a player-coach). */
    public Rep manager(String team) {
        return team(team).getFirst();
    }

    /** The teams as the directory holds them, each managed by {@link #manager}, in the order of {@link #TEAMS}. */
    public List<org.leadpact.routing.Team> directoryTeams() {
        return TEAMS.stream().filter(t -> !team(t.id()).isEmpty())
                .map(t -> new org.leadpact.routing.Team(t.id(), null, manager(t.id()).id(), null)).toList();
    }

    /**
     * The reps as the directory holds them: active, in their team, reachable at {@code domain}, working the
     * hours the simulation has them work (the agreement calendar's, in its time zone; its holidays stay the
     * agreement's), so routing's working hours and each rep's SLA calendar are the simulation's.
     */
    public List<org.leadpact.routing.Rep> directoryReps(BusinessCalendar calendar, String domain) {
        WorkingHours hours = hoursOf(calendar);
        return reps.stream().map(r -> new org.leadpact.routing.Rep(r.id(), r.name(), r.id() + "@" + domain, true,
                r.team(), hours, List.of())).toList();
    }

    /** Puts the company into the directory: its reps (see {@link #directoryReps}), then its teams and managers. */
    public void enlist(org.leadpact.app.store.DirectoryStore directory, BusinessCalendar calendar, String domain,
                       java.time.Instant at) {
        directoryReps(calendar, domain).forEach(rep -> directory.save(rep, at));
        directoryTeams().forEach(team -> directory.save(team, at));
    }

    /** The agreement calendar's weekly hours as a directory rep's working hours. */
    public static WorkingHours hoursOf(BusinessCalendar calendar) {
        Map<DayOfWeek, List<WorkingHours.Window>> days = new EnumMap<>(DayOfWeek.class);
        calendar.workingHours().forEach((day, windows) -> days.put(day, windows.stream()
                .map(w -> new WorkingHours.Window(w.start(), w.end().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : w.end()))
                .toList()));
        return new WorkingHours(calendar.timeZone(), days);
    }
}
