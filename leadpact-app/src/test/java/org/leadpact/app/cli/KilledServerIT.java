package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.store.TestDatabases;

/**
 * Exactly-once ingestion across a crash. The server runs as its own process; a client sends batches
 * of activities with event ids without pause, and after some acknowledged batches the process is
 * killed with SIGKILL, mid-batch. Then every event of every acknowledged batch must be in the log once,
 * the batch in flight must be there whole or not at all, and sending every batch again after a restart,
 * the unacknowledged one too, must record nothing twice.
 */
class KilledServerIT {
    private static final int LEADS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 5;
    private static final long KILL_AFTER_MS = 1_500;
    private static final long KILL_AT_LATEST_MS = 20_000;

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_event_survives_a_sigkill_exactly_once_on_the_embedded_database() throws Exception {
        survivesSigkill(TestDatabases.h2(dir));
    }

    @Test
    void every_acknowledged_event_survives_a_sigkill_exactly_once_on_postgresql() throws Exception {
        String url = TestDatabases.postgresSchema();
        try {
            survivesSigkill(url);
        } finally {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    private void survivesSigkill(String url) throws Exception {
        long killedAfterMs;
        BatchIngest ingest;
        try (ServeProcess server = ServeProcess.start(url, dir, "first")) {
            ingest = new BatchIngest(server.port(), BatchIngest.createLeads(server.port(), LEADS));
            Thread client = new Thread(ingest, "batch-ingest");
            long started = System.currentTimeMillis();
            client.start();
            awaitAcknowledged(ingest, client, server, ACKNOWLEDGED_BEFORE_KILL, started + KILL_AFTER_MS);
            // Kill somewhere in the batch sent after the next acknowledgement: while it is decided, written
            // or committed, or (rarely) after it committed but before its answer was read.
            awaitAcknowledged(ingest, client, server, ingest.acknowledgedBatches() + 1, 0);
            Thread.sleep((long) (ingest.lastRoundTripMillis() * ThreadLocalRandom.current().nextDouble(0.2, 1.1)));
            killedAfterMs = System.currentTimeMillis() - started;
            assertThat(server.kill()).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
            client.join(TimeUnit.SECONDS.toMillis(30));
            ingest.stop();
            assertThat(ingest.unexpected()).isNull();
        }
        Set<String> acknowledged = ingest.acknowledged();
        List<BatchIngest.Batch> sent = ingest.sent();
        assertThat(acknowledged).hasSize(ingest.acknowledgedBatches() * BatchIngest.BATCH)
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL * BatchIngest.BATCH);
        Map<String, Integer> afterKill = eventIdCounts(url);
        assertThat(acknowledged).allSatisfy(id -> assertThat(afterKill.get(id)).as("copies of acknowledged event %s", id)
                .isEqualTo(1));
        assertThat(afterKill.values()).as("no event is in the log twice").allMatch(n -> n == 1);
        assertThat(sentIds(sent)).as("nothing that was not sent").containsAll(afterKill.keySet());
        assertThat(inconsistentLeads(url)).as("leads whose projection or versions disagree with the log").isEmpty();
        Set<String> unacknowledged = new HashSet<>(sentIds(sent));
        unacknowledged.removeAll(acknowledged);
        long inFlightInLog = unacknowledged.stream().filter(afterKill::containsKey).count();
        assertThat(inFlightInLog).as("a batch is committed whole or not at all").isIn(0L, (long) unacknowledged.size());

        int inFlightAlreadyIn = 0;
        try (ServeProcess again = ServeProcess.start(url, dir, "second")) {
            BatchIngest resend = new BatchIngest(again.port(), List.of());
            for (BatchIngest.Batch batch : sent) {
                BatchIngest.Answer answer = resend.send(batch);
                assertThat(answer.status()).as("resending batch %s: %s", batch.number(), again.output()).isEqualTo(200);
                for (int i = 0; i < batch.eventIds().size(); i++) {
                    String id = batch.eventIds().get(i);
                    String status = answer.statuses().get(i);
                    if (acknowledged.contains(id)) {
                        assertThat(status).as("acknowledged %s sent again", id).isEqualTo("duplicate");
                    } else {
                        assertThat(status).as("unacknowledged %s sent again", id).isIn("duplicate", "recorded");
                        inFlightAlreadyIn += "duplicate".equals(status) ? 1 : 0;
                    }
                }
            }
            assertThat(again.stop()).as("exit status after SIGTERM").isEqualTo(143);
        }
        Map<String, Integer> afterResend = eventIdCounts(url);
        assertThat(afterResend.keySet()).isEqualTo(sentIds(sent));
        assertThat(afterResend.values()).as("every event exactly once").allMatch(n -> n == 1);
        assertThat(inconsistentLeads(url)).isEmpty();
        System.out.printf("killed %d ms into the ingest, after %d acknowledged batches (%d events; the last took %d ms);"
                        + " %d events sent; %d of the unacknowledged ones were in the log before they were sent again%n",
                killedAfterMs, ingest.acknowledgedBatches(), acknowledged.size(), ingest.lastRoundTripMillis(),
                sentIds(sent).size(), inFlightAlreadyIn);
    }

    /** Waits (at most until the deadline) for this many acknowledged batches and for the time given. */
    private static void awaitAcknowledged(BatchIngest ingest, Thread client, ServeProcess server, int batches,
                                          long notBefore) throws Exception {
        long deadline = System.currentTimeMillis() + KILL_AT_LATEST_MS;
        while (ingest.acknowledgedBatches() < batches || System.currentTimeMillis() < notBefore) {
            assertThat(System.currentTimeMillis()).as("%s acknowledged batches by now; %s\n%s",
                    ingest.acknowledgedBatches(), ingest.unexpected(), server.output()).isLessThan(deadline);
            assertThat(client.isAlive()).as("the client stopped early: %s", ingest.unexpected()).isTrue();
            Thread.sleep(5);
        }
    }

    private static Set<String> sentIds(List<BatchIngest.Batch> sent) {
        Set<String> ids = new HashSet<>();
        sent.forEach(b -> ids.addAll(b.eventIds()));
        return ids;
    }

    /** How many times each event id is in the log, read straight from the database. */
    private static Map<String, Integer> eventIdCounts(String url) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, COUNT(*) FROM lead_event WHERE event_id IS NOT NULL "
                     + "GROUP BY event_id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Leads whose versions have gaps, or whose projection is not at the log's last version. */
    private static List<String> inconsistentLeads(String url) throws SQLException {
        List<String> bad = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.lead_id, COUNT(*), MAX(e.lead_version), MAX(l.version) "
                     + "FROM lead_event e LEFT JOIN lead l ON l.id = e.lead_id GROUP BY e.lead_id")) {
            while (rs.next()) {
                if (rs.getInt(2) != rs.getInt(3) || rs.getInt(3) != rs.getInt(4)) {
                    bad.add(rs.getString(1) + ": " + rs.getInt(2) + " events, last version " + rs.getInt(3)
                            + ", projection at " + rs.getInt(4));
                }
            }
        }
        return bad;
    }
}
