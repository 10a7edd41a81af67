package org.leadpact.routing;

import java.util.HashMap;
import java.util.Map;

/**
 * A team's rotation, as stride scheduling: each rep has a pass, advanced by a stride of
 * {@link #UNIT}/weight each time they receive a lead; the eligible rep with the lowest pass is next
 * (ties: turn order). {@code virtualTime} is the highest pass picked so far; a rep new to the team joins
 * at it. A rep who was skipped (away, outside hours, capped) counts as at most {@code catchUp} strides
 * behind it, so on return they receive at most catchUp leads ahead of the rotation: no flood, and no
 * permanent deficit either.
 */
public record TeamTurns(long turn, long virtualTime, Map<String, Long> passes) {
    public static final TeamTurns NONE = new TeamTurns(0, 0, Map.of());
    /** Divisible by every weight from 1 to 16, so common weights give exact strides. */
    public static final long UNIT = 720_720L;

    public TeamTurns {
        passes = Map.copyOf(passes);
    }

    public static long stride(int weight) {
        return UNIT / weight;
    }

    /** Where a rep stands in the rotation, lifted to at most {@code catchUp} strides behind. */
    public long effectivePass(String rep, int weight, int catchUp) {
        long floor = virtualTime - catchUp * stride(weight);
        return Math.max(passes.getOrDefault(rep, virtualTime), floor);
    }

    TeamTurns picked(String rep, int weight, int catchUp) {
        long pass = effectivePass(rep, weight, catchUp);
        Map<String, Long> next = new HashMap<>(passes);
        next.put(rep, pass + stride(weight));
        return new TeamTurns(turn + 1, Math.max(virtualTime, pass), next);
    }
}
