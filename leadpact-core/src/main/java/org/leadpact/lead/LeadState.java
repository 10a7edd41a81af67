package org.leadpact.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead as its history makes it: a pure fold over {@link LeadEvent}s. Folding the same events
 * always gives the same state; nothing here reads a clock.
 *
 * @param lastRecycledAt when the lead last went back to nurture; engagement before it no longer
 *                       counts toward qualifying again
 */
public record LeadState(String id, Attributes attributes, Stage stage, String owner, String opportunityStage,
                        BigDecimal wonAmount, Instant lastRecycledAt, List<Activity> activities,
                        List<LeadEvent> history) {

    public LeadState {
        Objects.requireNonNull(id, "id");
        activities = History.of(activities);
        history = History.of(history);
    }

    public static LeadState empty(String id) {
        return new LeadState(id, Attributes.NONE, Stage.NEW, null, null, null, null, List.of(), List.of());
    }

    /** The state after all events, in log order. */
    public static LeadState fold(String id, List<? extends LeadEvent> events) {
        Builder builder = new Builder(empty(id));
        events.forEach(builder::apply);
        return builder.build();
    }

    /** This lead as it stood at {@code instant}: only events that happened up to then count. */
    public LeadState asOf(Instant instant) {
        Builder builder = new Builder(empty(id));
        for (LeadEvent event : history) {
            if (!event.at().isAfter(instant)) {
                builder.apply(event);
            }
        }
        return builder.build();
    }

    /** One more event; the history grows, the rest is recomputed incrementally. */
    public LeadState apply(LeadEvent event) {
        Builder builder = new Builder(this);
        builder.apply(event);
        return builder.build();
    }

    public LeadState applyAll(List<? extends LeadEvent> events) {
        Builder builder = new Builder(this);
        events.forEach(builder::apply);
        return builder.build();
    }

    public Optional<String> ownerIfAny() {
        return Optional.ofNullable(owner);
    }

    /** The most recent stage change, if the lead ever changed stage. */
    public Optional<StageChanged> lastStageChange() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof StageChanged change) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }

    /**
     * The latest instant of any of its events (they may be recorded out of time order). Kept with the
     * history as it grows, so a long-lived lead does not cost a pass over its history per event.
     */
    @SuppressWarnings("unchecked")
    public Instant latestEventAt() {
        if (history.isEmpty()) {
            throw new IllegalStateException("a lead without events has no latest event");
        }
        History<LeadEvent> line = (History<LeadEvent>) history;
        LatestAt known = line.memo(LatestAt.KEY) instanceof LatestAt l && l.covered() <= history.size() ? l
                : new LatestAt(0, history.get(0).at());
        Instant latest = known.at();
        for (int i = known.covered(); i < history.size(); i++) {
            Instant at = history.get(i).at();
            latest = at.isAfter(latest) ? at : latest;
        }
        if (known.covered() != history.size()) {
            line.memo(LatestAt.KEY, new LatestAt(history.size(), latest));
        }
        return latest;
    }

    /** The latest instant among the first {@code covered} events of a history line. */
    private record LatestAt(int covered, Instant at) {
        static final Object KEY = new Object();
    }

    /**
     * A cache for what a decider (the {@code key}) derives from this lead's activities (a running score), kept with the
     * activity list and shared by every later state that grows the same list, so the next decision
     * continues from it instead of going over the whole history again. The deriver records how many
     * activities it covers and checks it; the memo is never part of the state's value (equality, fold).
     */
    public Object activityMemo(Object key) {
        return ((History<Activity>) activities).memo(key);
    }

    public void activityMemo(Object key, Object memo) {
        ((History<Activity>) activities).memo(key, memo);
    }

    /** Marketing engagement that counts toward qualifying now: all of it, or only since the last recycle. */
    public List<Activity> engagementSinceRecycle() {
        if (lastRecycledAt == null) {
            return activities;
        }
        List<Activity> recent = new ArrayList<>();
        for (Activity activity : activities) {
            if (activity.at().isAfter(lastRecycledAt)) {
                recent.add(activity);
            }
        }
        return recent;
    }

    /** Mutable only while folding; the lists grow by appending to a shared buffer, so n events cost O(n). */
    private static final class Builder {
        private final String id;
        private Attributes attributes;
        private Stage stage;
        private String owner;
        private String opportunityStage;
        private BigDecimal wonAmount;
        private Instant lastRecycledAt;
        private History<Activity> activities;
        private History<LeadEvent> history;

        Builder(LeadState start) {
            id = start.id;
            attributes = start.attributes;
            stage = start.stage;
            owner = start.owner;
            opportunityStage = start.opportunityStage;
            wonAmount = start.wonAmount;
            lastRecycledAt = start.lastRecycledAt;
            activities = History.of(start.activities);
            history = History.of(start.history);
        }

        void apply(LeadEvent event) {
            history = history.plus(event);
            switch (event) {
                case AttributesChanged changed -> attributes = attributes.with(changed.changes());
                case ActivityRecorded recorded -> activities = activities.plus(recorded.activity());
                case OwnerAssigned assigned -> owner = assigned.owner();
                case OpportunityStageMoved moved -> opportunityStage = moved.stage();
                case StageChanged changed -> applyStageChange(changed);
            }
        }

        private void applyStageChange(StageChanged changed) {
            stage = changed.to();
            switch (changed.to()) {
                case NURTURE -> {
                    lastRecycledAt = changed.at();
                    owner = null;
                    opportunityStage = null;
                }
                case OPPORTUNITY -> wonAmount = null;
                case WON -> wonAmount = changed.amount();
                default -> { }
            }
        }

        LeadState build() {
            return new LeadState(id, attributes, stage, owner, opportunityStage, wonAmount, lastRecycledAt,
                    activities, history);
        }
    }
}
