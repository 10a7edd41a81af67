package org.leadpact.routing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reps and teams as they stand: the router's view of who can take leads, and the lookup notifications
 * use for recipients (a rep's name and e-mail, their manager in copy).
 */
public interface Directory {
    Directory EMPTY = of(List.of(), List.of());

    Optional<Rep> rep(String id);

    Optional<Team> team(String id);

    /** Every rep, in order of id. */
    List<Rep> reps();

    /** Every team, in order of id. */
    List<Team> teams();

    /** The reps of a team, in order of id: the rotation's turn order. */
    List<Rep> members(String team);

    /** The manager of the rep's team, when the team has one and it is in the directory. */
    default Optional<Rep> manager(String repId) {
        return rep(repId).map(Rep::team).flatMap(this::team).map(Team::manager).flatMap(this::rep);
    }

    /** The reps whose leads a manager sees: the members of every team they manage, and themselves. */
    Set<String> managedBy(String managerRepId);

    static Directory of(Collection<Rep> reps, Collection<Team> teams) {
        return new DirectorySnapshot(reps, teams);
    }
}
