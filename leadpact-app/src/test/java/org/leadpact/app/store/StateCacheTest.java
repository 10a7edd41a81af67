package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/** What the store may decide on without asking: committed states only, as many events as the heap allows. */
class StateCacheTest {
    private static final Instant T0 = Instant.parse("2027-03-01T14:00:00Z");

    private static LeadState lead(String id, int events) {
        List<LeadEvent> history = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            history.add(new ActivityRecorded(Activity.of(ActivityType.EMAIL_OPEN, T0.plusSeconds(i))));
        }
        return LeadState.fold(id, history);
    }

    @Test
    void a_quarter_of_the_heap_is_kept_and_never_less_than_the_floor() {
        assertThat(StateCache.capacityFor(2L << 30)).isEqualTo(2_097_152);
        assertThat(StateCache.capacityFor(64L << 20)).isEqualTo(StateCache.MIN_EVENTS);
        assertThat(new StateCache().capacity()).isEqualTo(StateCache.capacityFor(Runtime.getRuntime().maxMemory()));
    }

    @Test
    void the_least_recently_used_leads_go_first_when_the_events_are_too_many() {
        StateCache cache = new StateCache(10);
        cache.put(lead("a", 4), true);
        cache.put(lead("b", 4), true);
        assertThat(cache.latest("a")).isPresent(); // a is now the most recently used
        cache.put(lead("c", 4), true);
        assertThat(cache.latest("b")).isEmpty();
        assertThat(cache.latest("a")).isPresent();
        assertThat(cache.latest("c")).isPresent();
        cache.put(lead("d", 11), true);
        assertThat(cache.latest("d")).as("larger than the whole cache").isEmpty();
    }

    @Test
    void a_state_that_may_yet_roll_back_is_handed_out_only_against_its_version() {
        StateCache cache = new StateCache(100);
        LeadState open = lead("a", 3);
        cache.put(open, false);
        assertThat(cache.latest("a")).isEmpty();
        assertThat(cache.at("a", 3)).contains(open);
        cache.put(lead("a", 4), true);
        assertThat(cache.latest("a")).map(s -> s.history().size()).contains(4);
        cache.put(lead("a", 2), true);
        assertThat(cache.latest("a")).as("an older state does not replace a newer one")
                .map(s -> s.history().size()).contains(4);
        cache.forget(List.of("a"));
        assertThat(cache.latest("a")).isEmpty();
        assertThat(cache.at("a", 4)).isEmpty();
    }
}
