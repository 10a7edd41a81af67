package org.leadpact.app.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.metrics.CachedReading;
import org.leadpact.routing.Away;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;
import org.leadpact.routing.WorkingHours;

/**
 * Reps, teams and out-of-office periods in the database, and the {@link Directory} routing and
 * notifications read. The snapshot is read at most once per {@link #MAX_AGE} (another process, such as
 * the CLI, may change the directory) and again at once after a change made here.
 */
public final class DirectoryStore implements Directory {
    static final Duration MAX_AGE = Duration.ofSeconds(2);

    private final Database db;
    private volatile CachedReading<Directory> snapshot;

    public DirectoryStore(Database db) {
        this.db = db;
        this.snapshot = reading();
    }

    private CachedReading<Directory> reading() {
        return new CachedReading<>(this::read, Directory.EMPTY, MAX_AGE, System::nanoTime);
    }

    /** The directory as it stands (at most {@link #MAX_AGE} old). */
    public Directory snapshot() {
        return snapshot.get();
    }

    private Directory read() {
        return db.jdbi().withHandle(h -> {
            Map<String, List<Away>> away = new HashMap<>();
            h.createQuery("SELECT rep_id, away_from, away_until, note FROM rep_away ORDER BY away_from, id")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), new Away(rs.getObject(2, OffsetDateTime.class)
                            .toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4))))
                    .forEach(e -> away.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            List<Rep> reps = h.createQuery("SELECT * FROM rep ORDER BY id").map((rs, ctx) -> new Rep(rs.getString("id"),
                    rs.getString("name"), rs.getString("email"), rs.getBoolean("active"), rs.getString("team_id"),
                    WorkingHours.parse(rs.getString("working_hours"), rs.getString("time_zone")),
                    away.getOrDefault(rs.getString("id"), List.of()), rs.getString("webhook"),
                    rs.getString("holiday_country"))).list();
            List<Team> teams = h.createQuery("SELECT * FROM sales_team ORDER BY id").map((rs, ctx) -> new Team(
                    rs.getString("id"), rs.getString("name"), rs.getString("manager_rep"),
                    rs.getString("dispatcher_rep"), WorkingHours.parse(rs.getString("working_hours"),
                    rs.getString("time_zone")), rs.getString("holiday_country"))).list();
            return Directory.of(reps, teams);
        });
    }

    /** Adds or replaces a rep (their out-of-office periods stay); a team named for the first time is created. */
    public void save(Rep rep, Instant at) {
        db.jdbi().useTransaction(h -> {
            if (rep.team() != null && absent(h, "sales_team", rep.team())) {
                upsertTeam(h, new Team(rep.team(), null, null, null), at);
            }
            int updated = h.createUpdate("UPDATE rep SET name = :name, email = :email, active = :active, "
                    + "team_id = :team, time_zone = :zone, working_hours = :hours, webhook = :webhook, holiday_country = :holidays, "
                    + "updated_at = :at "
                    + "WHERE id = :id")
                    .bindMap(repRow(rep, at)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO rep (id, name, email, active, team_id, time_zone, working_hours, "
                        + "webhook, holiday_country, updated_at) VALUES (:id, :name, :email, :active, :team, :zone, :hours, "
                        + ":webhook, :holidays, :at)")
                        .bindMap(repRow(rep, at)).execute();
            }
        });
        changed();
    }

    private static Map<String, Object> repRow(Rep rep, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", rep.id());
        row.put("name", rep.name());
        row.put("email", rep.email());
        row.put("active", rep.active());
        row.put("team", rep.team());
        row.put("zone", rep.zone().getId());
        row.put("hours", rep.hours().windows());
        row.put("webhook", rep.webhook());
        row.put("holidays", rep.holidayCountry());
        row.put("at", at.atOffset(ZoneOffset.UTC));
        return row;
    }

    public void save(Team team, Instant at) {
        db.jdbi().useTransaction(h -> upsertTeam(h, team, at));
        changed();
    }

    private static void upsertTeam(Handle h, Team team, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", team.id());
        row.put("name", team.name());
        row.put("manager", team.manager());
        row.put("dispatcher", team.dispatcher());
        // A team without a calendar of its own stores none (null), rather than "any time, UTC".
        row.put("zone", team.hasCalendar() ? team.hours().zone().getId() : null);
        row.put("hours", team.hours().always() ? null : team.hours().windows());
        row.put("holidays", team.holidayCountry());
        row.put("at", at.atOffset(ZoneOffset.UTC));
        int updated = h.createUpdate("UPDATE sales_team SET name = :name, manager_rep = :manager, "
                + "dispatcher_rep = :dispatcher, time_zone = :zone, working_hours = :hours, holiday_country = :holidays, "
                + "updated_at = :at WHERE id = :id").bindMap(row).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO sales_team (id, name, manager_rep, dispatcher_rep, time_zone, working_hours, "
                    + "holiday_country, updated_at) VALUES (:id, :name, :manager, :dispatcher, :zone, :hours, :holidays, "
                    + ":at)").bindMap(row).execute();
        }
    }

    /** Records an out-of-office period of a rep who is in the directory. */
    public void addAway(String repId, Away away, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO rep_away (rep_id, away_from, away_until, note, "
                        + "created_at) VALUES (:rep, :from, :until, :note, :at)").bind("rep", repId)
                .bind("from", away.from().atOffset(ZoneOffset.UTC)).bind("until", away.until().atOffset(ZoneOffset.UTC))
                .bind("note", away.note()).bind("at", at.atOffset(ZoneOffset.UTC)).execute());
        changed();
    }

    private static boolean absent(Handle h, String table, String id) {
        return h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() == 0;
    }

    /** The next read sees the change at once. */
    private void changed() {
        snapshot = reading();
    }

    @Override
    public Optional<Rep> rep(String id) {
        return snapshot().rep(id);
    }

    @Override
    public Optional<Team> team(String id) {
        return snapshot().team(id);
    }

    @Override
    public List<Rep> reps() {
        return snapshot().reps();
    }

    @Override
    public List<Team> teams() {
        return snapshot().teams();
    }

    @Override
    public List<Rep> members(String team) {
        return snapshot().members(team);
    }

    @Override
    public Set<String> managedBy(String managerRepId) {
        return snapshot().managedBy(managerRepId);
    }
}
