package org.leadpact.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** An immutable {@link Directory}: reps and teams indexed once. */
final class DirectorySnapshot implements Directory {
    private final Map<String, Rep> reps = new TreeMap<>();
    private final Map<String, Team> teams = new TreeMap<>();
    private final Map<String, List<Rep>> members = new TreeMap<>();

    DirectorySnapshot(Collection<Rep> allReps, Collection<Team> allTeams) {
        allReps.forEach(r -> reps.put(r.id(), r));
        allTeams.forEach(t -> teams.put(t.id(), t));
        for (Rep r : reps.values()) {
            if (r.team() != null) {
                members.computeIfAbsent(r.team(), t -> new ArrayList<>()).add(r);
            }
        }
        members.replaceAll((t, list) -> List.copyOf(list));
    }

    @Override
    public Optional<Rep> rep(String id) {
        return Optional.ofNullable(id).map(reps::get);
    }

    @Override
    public Optional<Team> team(String id) {
        return Optional.ofNullable(id).map(teams::get);
    }

    @Override
    public List<Rep> reps() {
        return List.copyOf(reps.values());
    }

    @Override
    public List<Team> teams() {
        return List.copyOf(teams.values());
    }

    @Override
    public List<Rep> members(String team) {
        return members.getOrDefault(team, List.of());
    }

    @Override
    public Set<String> managedBy(String managerRepId) {
        Set<String> seen = new HashSet<>();
        seen.add(managerRepId);
        for (Team t : teams.values()) {
            if (managerRepId.equals(t.manager())) {
                members(t.id()).forEach(r -> seen.add(r.id()));
            }
        }
        return Collections.unmodifiableSet(seen);
    }
}
