package org.leadpact.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadHistories;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.backtest.Backtest;
import org.leadpact.backtest.BacktestPeriod;
import org.leadpact.backtest.BacktestReport;
import org.leadpact.backtest.Change;

/** The back-test over a real log on both databases: the figures, the same on any number of threads, and a log left as it was. */
class BacktestRunnerIT {
    private static final BacktestPeriod SPRING = new BacktestPeriod(LocalDate.parse("2027-03-01"),
            LocalDate.parse("2027-04-30"));

    @Test
    void the_back_test_on_the_embedded_database(@TempDir Path dir) throws IOException {
        try (Database db = Database.open(TestDatabases.h2(dir.resolve("db")))) {
            check(db);
        }
    }

    @Test
    void the_back_test_on_postgresql() throws IOException {
        String url = TestDatabases.postgresSchema();
        try (Database db = Database.open(url)) {
            check(db);
        } finally {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    private static void check(Database db) throws IOException {
        BacktestHistory.write(db);
        String before = BacktestHistory.snapshot(db);
        Agreement baseline = AgreementFileReader.read(BacktestHistory.EXAMPLE).orThrow();
        Agreement proposed = AgreementFileReader.read(BacktestHistory.PROPOSED).orThrow();
        Backtest test = new Backtest(baseline, proposed, SPRING);
        List<Long> progress = new ArrayList<>();
        BacktestRunner.Run one = BacktestRunner.run(test, new LeadHistories(db), 1, progress::add);
        BacktestRunner.Run two = BacktestRunner.run(test, new LeadHistories(db), 2, read -> { });

        BacktestReport r = one.report();
        assertThat(r.leads()).isEqualTo(8);
        assertThat(one.events()).isEqualTo(new LeadHistories(db).count(SPRING.end()));
        assertThat(progress.getLast()).isEqualTo(one.events());
        BacktestReport.Month march = r.months().getFirst();
        assertThat(march.baselineMqls()).isEqualTo(6);
        assertThat(march.recordedMqls()).isEqualTo(6);
        assertThat(march.proposedMqls()).isEqualTo(4);
        assertThat(march.addedExamples()).extracting(Change::leadId, Change::clause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("l8", "scoring.rules[trial]"));
        assertThat(march.droppedExamples()).extracting(Change::leadId).containsExactly("l3", "l4", "l5");
        assertThat(r.droppedByClause()).containsEntry("scoring.threshold", 3);
        assertThat(r.outcomes().judged()).isEqualTo(5);
        assertThat(r.outcomes().baseline().precision().successes()).isEqualTo(2);
        assertThat(r.outcomes().baseline().precision().n()).isEqualTo(5);
        assertThat(r.outcomes().proposed().precision().successes()).isEqualTo(1);
        assertThat(r.outcomes().proposed().precision().n()).isEqualTo(2);
        assertThat(r.handOffs().perRep()).containsEntry("ann", 3).containsEntry("bob", 3);
        assertThat(r.pipeline().averageWonValue()).isEqualByComparingTo("50000");
        assertThat(two.report()).isEqualTo(r);
        // Pages that end inside a lead's history (H2 reads in pages; PostgreSQL streams, fetching 3 rows at a time).
        assertThat(BacktestRunner.run(test, new LeadHistories(db, 3), 1, read -> { }).report()).isEqualTo(r);
        assertThat(BacktestHistory.snapshot(db)).isEqualTo(before);
    }
}
