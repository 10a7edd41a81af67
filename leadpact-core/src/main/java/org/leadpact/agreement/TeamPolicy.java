package org.leadpact.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.words.Codes;

/**
 * How one team shares its leads. {@code weights} give weighted shares (reps not listed weigh 1);
 * {@code catchUp} bounds how many leads a rep who was away (or new) may receive ahead of the
 * rotation to make up for the time away: no flood on return, and no permanent deficit either.
 * {@code workingHours}: skip reps outside their working hours.
 */
public record TeamPolicy(String team, Mode mode, Map<String, Integer> weights, Caps caps, int catchUp,
                         boolean workingHours) {
    public static final int DEFAULT_CATCH_UP = 2;

    public enum Mode {
        /** Strict turn order. */
        ROUND_ROBIN,
        /** Shares in proportion to the weights. */
        WEIGHTED,
        /** A single point of contact: every lead goes to the team's dispatcher, who assigns by hand. */
        DISPATCH;

        public String code() {
            return Codes.code(this);
        }

        public static List<String> codes() {
            return Codes.codes(Mode.class);
        }
    }

    public TeamPolicy {
        Identity.requireText(team, "team");
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        caps = caps == null ? Caps.NONE : caps;
        weights.forEach((rep, w) -> {
            if (w == null || w < 1 || w > 1000) {
                throw new IllegalArgumentException("the weight of " + rep + " must be a whole number from 1 to 1000");
            }
        });
        if (catchUp < 0) {
            throw new IllegalArgumentException("catchUp cannot be negative");
        }
    }

    public static TeamPolicy roundRobin(String team) {
        return new TeamPolicy(team, Mode.ROUND_ROBIN, Map.of(), Caps.NONE, DEFAULT_CATCH_UP, true);
    }

    public int weight(String rep) {
        return mode == Mode.WEIGHTED ? weights.getOrDefault(rep, 1) : 1;
    }

    public String clause() {
        return "routing.teams[" + team + "]";
    }

    /** Most new leads per rep per day and per week (in the rep's time zone), and most open leads; null: no cap. */
    public record Caps(Integer perDay, Integer perWeek, Integer open) {
        public static final Caps NONE = new Caps(null, null, null);

        public Caps {
            for (Integer cap : new Integer[] {perDay, perWeek, open}) {
                if (cap != null && cap < 1) {
                    throw new IllegalArgumentException("a cap is a whole number of leads, 1 or more");
                }
            }
        }
    }
}
