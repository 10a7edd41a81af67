package org.leadpact.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.leadpact.AgreementFixture;
import org.leadpact.agreement.QualificationRule;
import org.leadpact.calendar.WorkCalendar;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.reports.LeadFacts;
import org.leadpact.sla.Clocks;
import org.leadpact.sla.SlaContext;

/**
 * What lets the store skip work on an append of marketing engagement alone: such an event changes no
 * report fact and no SLA clock ({@link LeadFacts#bearsOn}, {@link Clocks#bearsOn}), and a lead's
 * latest event instant kept with its history is the latest of the history, however it grew.
 */
class EngagementOnlyProperties {
    private static final LeadEngine ENGINE = new LeadEngine(AgreementFixture.classic(QualificationRule.BEHAVIOUR_OR_SCORE));
    private static final SlaContext CONTEXT = SlaContext.of(WorkCalendar.of(ENGINE.agreement().calendar()));
    private static final ActivityType[] MARKETING = java.util.Arrays.stream(ActivityType.values())
            .filter(t -> !t.isSalesTouch()).toArray(ActivityType[]::new);

    @Provide
    Arbitrary<List<LeadHistoryProperties.Step>> histories() {
        return new LeadHistoryProperties().histories();
    }

    private static LeadState lived(List<LeadHistoryProperties.Step> steps) {
        return Replay.run(ENGINE, "lead", LeadHistoryProperties.commands(steps)).state();
    }

    @Property(tries = 300)
    void marketing_engagement_changes_no_fact_and_no_clock(@ForAll("histories") List<LeadHistoryProperties.Step> steps,
                                                           @ForAll @IntRange(min = 0, max = 40) int cut,
                                                           @ForAll @IntRange(min = -3_000, max = 3_000) int minutes,
                                                           @ForAll @IntRange(min = 0, max = 200) int type,
                                                           @ForAll @IntRange(min = 0, max = 600) int laterDays) {
        LeadState full = lived(steps);
        LeadState before = LeadState.fold("lead", full.history().subList(0, Math.min(full.history().size(),
                cut + 1)));
        Instant at = before.latestEventAt().plusSeconds(minutes * 60L);
        ActivityType kind = MARKETING[type % MARKETING.length];
        LeadEvent engagement = new ActivityRecorded(kind == ActivityType.PAGE_VIEW
                ? Activity.pageView(at, "https://acme.example/pricing", 40) : Activity.of(kind, at));
        LeadState after = before.apply(engagement);

        assertThat(LeadFacts.bearsOn(engagement)).isFalse();
        assertThat(Clocks.bearsOn(engagement)).isFalse();
        assertThat(LeadFacts.of(after)).usingRecursiveComparison().isEqualTo(LeadFacts.of(before));
        Instant now = after.latestEventAt().plusSeconds(laterDays * 3_600L);
        assertThat(Clocks.of(after, ENGINE.agreement(), CONTEXT, now))
                .isEqualTo(Clocks.of(before, ENGINE.agreement(), CONTEXT, now));
    }

    @Property(tries = 300)
    void every_other_kind_of_event_may_bear_on_both(@ForAll("histories") List<LeadHistoryProperties.Step> steps) {
        for (LeadEvent e : lived(steps).history()) {
            boolean engagementOnly = e instanceof ActivityRecorded r && !r.activity().type().isSalesTouch();
            assertThat(LeadFacts.bearsOn(e)).isEqualTo(!engagementOnly);
            assertThat(Clocks.bearsOn(e)).isEqualTo(!engagementOnly);
        }
    }

    @Property(tries = 300)
    void the_latest_event_kept_with_the_history_is_the_latest_of_it(
            @ForAll("histories") List<LeadHistoryProperties.Step> steps,
            @ForAll @IntRange(min = 0, max = 40) int branchAt,
            @ForAll @IntRange(min = -100_000, max = 100_000) int minutes) {
        LeadState full = lived(steps);
        List<LeadEvent> history = full.history();
        assertThat(full.latestEventAt()).isEqualTo(history.stream().map(LeadEvent::at).max(Instant::compareTo).orElseThrow());
        // An older state of the same line, asked after the newer one, and a branch grown from it.
        LeadState older = LeadState.fold("lead", history.subList(0, Math.min(history.size(), branchAt + 1)));
        LeadState grown = older;
        for (LeadEvent e : history.subList(older.history().size(), history.size())) {
            grown = grown.apply(e);
        }
        assertThat(grown.latestEventAt()).isEqualTo(full.latestEventAt());
        assertThat(older.latestEventAt()).isEqualTo(older.history().stream().map(LeadEvent::at)
                .max(Instant::compareTo).orElseThrow());
        LeadState branch = older.apply(new ActivityRecorded(Activity.of(ActivityType.EMAIL_OPEN,
                older.history().get(0).at().plusSeconds(minutes * 60L))));
        assertThat(branch.latestEventAt()).isEqualTo(branch.history().stream().map(LeadEvent::at)
                .max(Instant::compareTo).orElseThrow());
        assertThat(grown.latestEventAt()).isEqualTo(full.latestEventAt());
    }
}
