package org.leadpact.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadpact.app.notify.WebhookReceiver;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.TestDatabases;
import org.leadpact.app.store.Tokens;

/**
 * Exactly-once hand-off notifications across a crash. The server runs as its own process; leads are
 * qualified and handed off while neither the SMTP server nor the webhook receiver accepts connections
 * yet, so every decision is committed with its outbox rows and no packet has gone out. The server is
 * killed with SIGKILL while its worker is retrying. Then GreenMail and a real HTTP receiver start on
 * those ports, the server restarts, and each lead's packet must arrive exactly once at each.
 */
class KilledNotifierIT {
    private static final int LEADS = 4;
    private static final String SECRET = "crash-test-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void every_handed_off_lead_is_notified_exactly_once_across_a_sigkill_on_the_embedded_database() throws Exception {
        survivesSigkill(TestDatabases.h2(dir));
    }

    @Test
    void every_handed_off_lead_is_notified_exactly_once_across_a_sigkill_on_postgresql() throws Exception {
        String url = TestDatabases.postgresSchema();
        try {
            survivesSigkill(url);
        } finally {
            TestDatabases.dropPostgresSchema(url);
        }
    }

    private void survivesSigkill(String url) throws Exception {
        int smtpPort = freePort();
        int hookPort = freePort();
        Path recipients = dir.resolve("reps.csv");
        Files.writeString(recipients, "rep,name,email,managerEmail,webhook\nalice,Alice Ng,alice@acme.example,,\n");
        List<String> options = List.of("--recipients", recipients.toString(), "--smtp-host", "127.0.0.1",
                "--smtp-port", String.valueOf(smtpPort), "--smtp-from", "leadpact@acme.example",
                "--webhook", "http://127.0.0.1:" + hookPort + "/hooks/leads", "--webhook-secret", SECRET,
                "--retry-first", "100ms", "--retry-max", "400ms", "--notify-poll", "100ms", "--notify-attempts", "1000",
                "--notify-lease", "2s"); // deliveries claimed when the server is killed are due again 2 s later
        String token;
        try (Database db = Database.open(url)) {
            token = new Tokens(db).create("crash test", Tokens.Role.ADMIN, null, Instant.now()).token();
        }
        List<String> leads = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ServeProcess server = ServeProcess.start(url, dir, "first", options)) {
            for (int i = 0; i < LEADS; i++) {
                leads.add(handOff(server.port(), token, i));
            }
            await("every delivery attempted at least once", server, () -> deliveries(server.port(), token, leads,
                    "lastError").stream().noneMatch(String::isEmpty));
            assertThat(server.kill()).as("exit status of a process killed by SIGKILL (128 + 9)").isEqualTo(137);
        }
        assertThat(statuses(url)).as("deliveries after the kill").containsOnlyKeys(leads)
                .allSatisfy((lead, s) -> assertThat(s).containsExactlyInAnyOrder("pending", "pending"));
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        try (WebhookReceiver hooks = WebhookReceiver.start(hookPort);
             ServeProcess again = ServeProcess.start(url, dir, "second", options)) {
            await("every packet delivered", again, () -> smtp.getReceivedMessages().length >= LEADS
                    && hooks.received().size() >= LEADS && deliveries(again.port(), token, leads, "status").stream()
                    .allMatch("sent"::equals));
            System.out.printf("%d leads handed off, killed while their %d deliveries were failing, all delivered once "
                    + "after the restart; %d ms in all%n", LEADS, 2 * LEADS, (System.nanoTime() - t0) / 1_000_000);
            assertThat(again.stop()).as("exit status after SIGTERM").isEqualTo(143);
            Map<String, Integer> mails = new HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                mails.merge(m.getHeader("X-LeadPact-Delivery")[0], 1, Integer::sum);
            }
            Map<String, Integer> posts = new HashMap<>();
            for (WebhookReceiver.Received r : hooks.received()) {
                posts.merge(JSON.readTree(r.body()).path("leadId").asText(), 1, Integer::sum);
                assertThat(JSON.readTree(r.body()).path("qualifiedBy").asText()).startsWith("qualified by fast-track");
            }
            assertThat(mails).as("e-mails by delivery id").hasSize(LEADS).allSatisfy((id, n) -> assertThat(n).isOne());
            assertThat(posts).as("webhook posts by lead").containsOnlyKeys(leads).allSatisfy((id, n) -> assertThat(n)
                    .isOne());
        } finally {
            smtp.stop();
        }
    }

    /** A fitting lead, made an MQL by a demo request and handed off to alice; returns its id. */
    private static String handOff(int port, String token, int i) throws IOException, InterruptedException {
        String id = JSON.readTree(post(port, token, "/api/v1/leads", """
                {"attributes": {"firstName": "Lee", "lastName": "Number %d", "email": "lee%d@contoso.example",
                 "company": "Contoso", "title": "VP Marketing", "phone": "+1 212 555 0123", "city": "New York",
                 "state": "NY", "country": "US", "website": "contoso.example", "employees": 1200,
                 "industry": "Retail"}}
                """.formatted(i, i))).path("lead").asText();
        post(port, token, "/api/v1/activities", "{\"leadId\": \"" + id + "\", \"type\": \"demo-request\", "
                + "\"at\": \"2027-03-13T15:00:00Z\"}"); // in the example agreement's term
        String after = post(port, token, "/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\"}");
        assertThat(JSON.readTree(after).path("stage").asText()).isEqualTo("handed-off");
        return id;
    }

    private static String post(int port, String token, String path, String body) throws IOException,
            InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s", path, r.body()).isIn(200, 201);
        return r.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void await(String what, ServeProcess server, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s; the server said:\n%s", what, server.output())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** A field of every delivery of these leads, as the API shows them (the embedded database is the server's alone). */
    private static List<String> deliveries(int port, String token, List<String> leads, String field) {
        List<String> values = new ArrayList<>();
        try {
            for (String lead : leads) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/leads/" + lead + "/notifications")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                JSON.readTree(r.body()).path("notifications").forEach(n -> values.add(n.path(field).asText("")));
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return values.size() == 2 * leads.size() ? values : List.of("");
    }

    /** Each lead's delivery statuses, read straight from the database. */
    private static Map<String, List<String>> statuses(String url) throws SQLException {
        Map<String, List<String>> byLead = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT lead_id, status FROM notification_outbox")) {
            while (rs.next()) {
                byLead.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return byLead;
    }
}
