package org.leadpact.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpact.app.store.EventCodec;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.StageChanged;

class SimulationTest {
    private static final SimulationConfig SMALL = SimulationConfig.of(42, 1_000, LocalDate.of(2026, 1, 1), 12);

    private static final SimulationConfig TINY = SimulationConfig.of(42, 300, LocalDate.of(2026, 1, 1), 12);

    @Test
    void the_same_seed_and_size_give_byte_identical_events() throws Exception {
        assertThat(digest(TINY)).isEqualTo(digest(TINY));
    }

    @Test
    void another_seed_gives_another_history() throws Exception {
        assertThat(digest(SimulationConfig.of(43, 300, LocalDate.of(2026, 1, 1), 12))).isNotEqualTo(digest(TINY));
    }

    @Test
    void the_funnel_looks_like_a_real_one_and_the_engine_refuses_none_of_the_simulated_commands() {
        SimulationSummary summary = new SimulationSummary();
        Set<String> transitions = new HashSet<>();
        Set<String> activities = new HashSet<>();
        List<SimulatedLead> leads = Simulation.stream(SMALL).peek(summary::add).toList();
        for (SimulatedLead lead : leads) {
            for (LeadEvent e : lead.events()) {
                if (e instanceof StageChanged s) {
                    transitions.add(s.transition() + (s.reason() != null && s.reason().startsWith("disposition ")
                            ? ":" + s.reason().split("[ :]")[1] : ""));
                } else if (e instanceof ActivityRecorded a) {
                    activities.add(a.activity().type().code());
                }
            }
        }
        assertThat(summary.refused()).isZero();
        assertThat((double) summary.mqls() / summary.leads()).isBetween(0.08, 0.35);
        assertThat((double) summary.events() / summary.leads()).isBetween(10.0, 30.0);
        assertThat(summary.won()).isPositive();
        assertThat(transitions).contains("qualify", "hand-off", "accept:accepted", "recycle", "disqualify:trash",
                "open-opportunity", "win", "lose");
        assertThat(activities).contains("page-view", "email-open", "email-click", "form-fill", "content-registration",
                "webinar-registration", "webinar-attended", "demo-request", "sales-call", "sales-email", "sales-meeting");
    }

    @Test
    void leads_arrive_in_the_span_and_their_stories_end_by_its_end() {
        Simulation.stream(SimulationConfig.of(5, 300, LocalDate.of(2026, 3, 1), 2)).forEach(lead -> {
            assertThat(lead.events().get(0).at()).isBetween(SMALL.from().plusSeconds(59 * 86_400L),
                    SMALL.from().plusSeconds(120 * 86_400L));
            lead.events().forEach(e -> assertThat(e.at()).isBefore(java.time.Instant.parse("2026-05-01T00:00:00Z")));
        });
    }

    private static String digest(SimulationConfig config) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        EventCodec codec = new EventCodec();
        Simulation.stream(config).forEach(lead -> {
            sha.update(lead.leadId().getBytes(StandardCharsets.UTF_8));
            for (LeadEvent e : lead.events()) {
                sha.update(codec.write(e).getBytes(StandardCharsets.UTF_8));
            }
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
