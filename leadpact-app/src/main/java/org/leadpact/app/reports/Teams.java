package org.leadpact.app.reports;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which team each rep is in, for the team filter. The routing directory will provide it; until one is
 * wired in, {@link #NONE} knows no teams and a team filter is refused ("no teams defined").
 */
public record Teams(Function<String, Optional<String>> teamOf, boolean defined) {
    public static final Teams NONE = new Teams(rep -> Optional.empty(), false);

    /** Teams from a fixed rep → team map (tests, or a directory read elsewhere). */
    public static Teams of(Map<String, String> teamOfRep) {
        Map<String, String> copy = Map.copyOf(teamOfRep);
        return new Teams(rep -> Optional.ofNullable(copy.get(rep)), true);
    }
}
