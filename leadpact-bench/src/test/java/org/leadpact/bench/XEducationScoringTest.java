package org.leadpact.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.lead.Stage;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;
import org.leadpact.qualification.Qualifier;
import org.leadpact.scoring.Score;
import org.leadpact.scoring.ScoreContribution;

/**
 * The X Education agreement run over the real X Education leads: every lead replayed through the
 * engine, then scored an hour after its last event. The agreement was written from the data
 * dictionary, not fitted to the outcome; these tests check that its score still tells converting
 * leads apart. Skipped when the data set is not on this machine.
 */
class XEducationScoringTest {
    /** Measured 0.761 under agreement version 2026.1; a few points of slack for harmless rule edits. */
    private static final double AUC_FLOOR = 0.72;

    private record Scored(XEducationLead lead, Replay.Result replay, Score score) {
        boolean mql() {
            return replay.state().stage() == Stage.MQL;
        }
    }

    private static List<Scored> scored;
    private static Agreement agreement;

    @BeforeAll
    static void replay_every_lead() throws IOException {
        Optional<Path> csv = DataFiles.xEducationLeads();
        assumeTrue(csv.isPresent(), "X Education data not found (../shared/data/x-education-leads/Leads.csv)");
        agreement = AgreementFileReader.read(DataFiles.xEducationAgreement()).orThrow();
        LeadEngine engine = new LeadEngine(agreement);
        scored = XEducationLeads.read(csv.get()).stream().map(lead -> {
            Replay.Result replay = Replay.run(engine, lead.id(), lead.commands());
            return new Scored(lead, replay, engine.qualifier().scorer().score(replay.state(), lead.reviewAt()));
        }).toList();
        System.out.println(summary());
    }

    @Test
    void all_9240_rows_become_leads_and_38_5_percent_of_them_converted() {
        assertThat(scored).hasSize(9_240);
        assertThat(new HashSet<>(scored.stream().map(s -> s.lead().id()).toList())).hasSize(9_240);
        assertThat(count(s -> s.lead().converted())).isEqualTo(3_561);
        assertThat(rate(s -> s.lead().converted(), s -> true)).isCloseTo(0.3854, within(0.0001));
    }

    @Test
    void the_running_qualification_replays_every_lead_exactly_as_the_whole_history_one() {
        LeadEngine reference = new LeadEngine(agreement, Qualifier.fromWholeHistory(agreement));
        for (Scored s : scored) {
            assertThat(s.replay()).as(s.lead().id()).isEqualTo(Replay.run(reference, s.lead().id(), s.lead().commands()));
        }
    }

    @Test
    void the_engine_accepts_every_command_and_they_arrive_in_time_order() {
        for (Scored s : scored) {
            assertThat(s.replay().refusals()).as(s.lead().id()).isEmpty();
            List<Command> commands = s.lead().commands();
            for (int i = 1; i < commands.size(); i++) {
                assertThat(commands.get(i).at()).as(s.lead().id()).isAfterOrEqualTo(commands.get(i - 1).at());
            }
        }
    }

    @Test
    void every_explanation_adds_up_to_the_score() {
        for (Scored s : scored) {
            long sum = s.score().contributions().stream().mapToLong(c -> c.points().hundredths()).sum();
            assertThat(sum).as(s.lead().id() + " " + s.score().contributions())
                    .isEqualTo(s.score().total().hundredths());
        }
    }

    @Test
    void the_score_ranks_converted_leads_above_the_others() {
        assertThat(auc()).isGreaterThan(AUC_FLOOR);
    }

    @Test
    void converted_leads_become_mqls_more_often_than_the_others() {
        double convertedQualified = rate(Scored::mql, s -> s.lead().converted());
        double othersQualified = rate(Scored::mql, s -> !s.lead().converted());
        assertThat(convertedQualified).isGreaterThan(othersQualified);
    }

    @Test
    void mqls_convert_more_often_than_the_leads_left_with_marketing() {
        assertThat(rate(s -> s.lead().converted(), Scored::mql))
                .isGreaterThan(rate(s -> s.lead().converted(), s -> !s.mql()));
    }

    @Test
    void no_lead_is_credited_for_what_the_counsellors_decided() {
        for (Scored s : scored) {
            assertThat(s.score().contributions()).extracting(ScoreContribution::reason)
                    .noneMatch(reason -> reason.startsWith("tags") || reason.startsWith("leadQuality"));
        }
    }

    private static double auc() {
        long[] scores = scored.stream().mapToLong(s -> s.score().total().hundredths()).toArray();
        boolean[] converted = new boolean[scored.size()];
        for (int i = 0; i < converted.length; i++) {
            converted[i] = scored.get(i).lead().converted();
        }
        return RocAuc.of(scores, converted);
    }

    private static long count(Predicate<Scored> which) {
        return scored.stream().filter(which).count();
    }

    /** The share of the leads picked by {@code among} that also match {@code which}. */
    private static double rate(Predicate<Scored> which, Predicate<Scored> among) {
        return (double) count(among.and(which)) / count(among);
    }

    private static String summary() {
        long events = scored.stream().mapToLong(s -> s.lead().eventCount()).sum();
        return String.format(Locale.ROOT, "X Education: %d leads, %d events, %d MQLs, AUC %.3f, "
                        + "conversion %.1f%% of MQLs vs %.1f%% of non-MQLs (%.1f%% of converted leads became MQLs, "
                        + "%.1f%% of the others)",
                scored.size(), events, count(Scored::mql), auc(),
                100 * rate(s -> s.lead().converted(), Scored::mql),
                100 * rate(s -> s.lead().converted(), s -> !s.mql()),
                100 * rate(Scored::mql, s -> s.lead().converted()),
                100 * rate(Scored::mql, s -> !s.lead().converted()));
    }
}
