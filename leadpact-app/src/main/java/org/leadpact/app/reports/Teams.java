package org.leadpact.app.reports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.routing.Team;

/**
 * Which team each rep is in, for the team filter and compliance by team: the directory of reps and
 * teams as it stands when the report runs. A lead belongs to the team of its owner (the rep it was last
 * assigned to), so a rep who moves team takes their leads' history with them.
 *
 * @param ids the teams there are, for refusing a filter on a team nobody defined
 */
public record Teams(Function<String, Optional<String>> teamOf, Supplier<List<String>> ids) {
    /** No directory at all (benchmarks over generated facts): no team is known. */
    public static final Teams NONE = new Teams(rep -> Optional.empty(), List::of);

    /** The teams of a directory, read afresh on every call (the store's snapshot is at most seconds old). */
    public static Teams of(Directory directory) {
        return new Teams(rep -> directory.rep(rep).map(Rep::team),
                () -> directory.teams().stream().map(Team::id).toList());
    }

    /** The team's id as the directory spells it, when it has that team (in any case). */
    public Optional<String> find(String team) {
        return ids.get().stream().filter(team::equalsIgnoreCase).findFirst();
    }
}
