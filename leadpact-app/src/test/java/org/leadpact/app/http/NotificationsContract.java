package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadpact.app.notify.NotifyConfig;
import org.leadpact.app.notify.RecipientsFile;
import org.leadpact.app.notify.WebhookReceiver;
import org.leadpact.app.notify.WebhookSignature;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.app.store.Tokens;
import org.leadpact.handoff.Backoff;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;

/**
 * Hand-off notifications end to end, in process: a real SMTP server (GreenMail) and a real HTTP
 * receiver, the server's own delivery worker, a clock the test moves for retries. Run on H2 and on
 * PostgreSQL.
 */
abstract class NotificationsContract {
    static final Instant NOW = Instant.parse("2027-03-13T16:00:00Z");
    static final String SECRET = "s3cret";
    static final String RECIPIENTS = """
            rep,name,email,managerEmail,webhook
            alice,Alice Ng,alice@acme.example,maria@acme.example,
            bob,Bob Stone,,,%s
            marketing-operations,Marketing ops,mops@acme.example,,
            """;

    final SettableClock clock = new SettableClock(NOW);
    GreenMail smtp;
    WebhookReceiver hooks;
    WebhookReceiver bobsHook;
    Database db;
    ApiServer server;
    Api api;

    abstract String newDatabaseUrl();

    void dropDatabase(String url) {
    }

    @BeforeEach
    void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        smtp.start();
        hooks = WebhookReceiver.start(0);
        bobsHook = WebhookReceiver.start(0);
        NotifyConfig config = new NotifyConfig(RecipientsFile.read("reps.csv", new StringReader(RECIPIENTS.formatted(
                bobsHook.url()))), new NotifyConfig.Mail("127.0.0.1", smtp.getSmtp().getPort(), "leadpact@acme.example",
                NotifyConfig.Tls.NONE, null, null, Duration.ofSeconds(5)),
                new NotifyConfig.Webhook(hooks.url(), SECRET, NotifyConfig.Format.JSON, Duration.ofSeconds(5)), true,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0.0, 3), Duration.ofMinutes(2),
                Duration.ofMillis(200), 20, 42L);
        db = Database.open(newDatabaseUrl());
        server = new ApiServer(db, clock, config).start("127.0.0.1", 0);
        api = Api.on(server.port(), new Tokens(db).create("test admin", Tokens.Role.ADMIN, null, NOW).token());
        Api.Response up = api.post("/api/v1/agreements", Files.readString(Path.of(ApiContract.EXAMPLE)));
        assertThat(up.status()).as("%s", up.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/agreements/2027.1/activation", "").status()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        try {
            OpenApiDocument description = OpenApiDocument.load();
            assertThat(api.exchanges().stream().filter(e -> description.template(e.path()).isPresent())
                    .flatMap(e -> description.violations(e).stream()).toList())
                    .as("answers that differ from openapi.json").isEmpty();
        } finally {
            server.close();
            db.close();
            dropDatabase(db.url());
            smtp.stop();
            hooks.close();
            bobsHook.close();
        }
    }

    /** A fitting lead that a demo request made an MQL. */
    private String mql(String email, String extraAttribute) {
        String body = ApiContract.lead(email).replace("\"Retail\"}", "\"Retail\"" + extraAttribute + "}");
        String id = api.post("/api/v1/leads", body).body().path("lead").asText();
        Api.Response demo = api.post("/api/v1/activities", """
                {"leadId": "%s", "type": "demo-request", "at": "2027-03-13T15:00:00Z"}""".formatted(id));
        assertThat(demo.body().path("stage").asText()).as("%s", demo.body()).isEqualTo("mql");
        return id;
    }

    /** What the routing engineer's router does: an owner assigned, the lead left an MQL. */
    private void assign(String leadId, String rep) {
        LeadStore store = server.store();
        LeadState lead = store.load(leadId).orElseThrow();
        OwnerAssigned assigned = new OwnerAssigned(clock.instant(), rep, "router", "territory west", "2027.1",
                "routing.rules[west]");
        store.append(lead.apply(assigned), lead.history().size(), List.of(LeadStore.NewEvent.of(assigned)),
                clock.instant(), "router");
    }

    private JsonNode notifications(String leadId) {
        return api.get("/api/v1/leads/" + leadId + "/notifications").body().path("notifications");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void a_hand_off_sends_the_rep_one_e_mail_with_the_manager_in_copy_and_one_signed_webhook() throws Exception {
        String id = mql("marcus@contoso.example", "");
        assertThat(api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"alice\", "
                + "\"why\": \"named account\"}").status()).isEqualTo(200);
        await("the e-mail and the webhook", () -> smtp.getReceivedMessages().length == 2 && hooks.received().size() == 1);

        MimeMessage[] mails = smtp.getReceivedMessages();
        JsonNode rows = notifications(id);
        assertThat(rows).hasSize(2);
        String mailDelivery = rows.findValues("channel").get(0).asText().equals("email") ? rows.get(0).path("id").asText()
                : rows.get(1).path("id").asText();
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("New lead for you: Marcus Lee (Contoso)");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("alice@acme.example");
        assertThat(mail.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                .containsExactly("maria@acme.example");
        assertThat(mail.getMessageID()).isEqualTo("<" + mailDelivery + "@acme.example>");
        assertThat(mails[1].getMessageID()).as("one message, two mailboxes").isEqualTo(mail.getMessageID());
        assertThat(mail.getHeader("X-LeadPact-Delivery")).containsExactly(mailDelivery);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat((String) parts.getBodyPart(0).getContent()).contains("Phone: +1 212 555 0123",
                "Fast-track: demo-request at", "named account");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");

        WebhookReceiver.Received hook = hooks.received().get(0);
        assertThat(hook.header("X-LeadPact-Signature"))
                .isEqualTo(WebhookSignature.of(SECRET, hook.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode doc = Api.JSON.readTree(hook.body());
        assertThat(doc.path("deliveryId").asText()).isEqualTo(hook.header("X-LeadPact-Delivery")).isNotEqualTo(mailDelivery);
        assertThat(doc.path("contact").path("company").asText()).isEqualTo("Contoso");
        assertThat(doc.path("routing").path("why").asText()).isEqualTo("named account");

        await("both deliveries marked sent", () -> notifications(id).findValuesAsText("status").equals(List.of("sent",
                "sent")));
        JsonNode lead = api.get("/api/v1/leads/" + id).body();
        assertThat(lead.path("stage").asText()).isEqualTo("handed-off");
        assertThat(lead.path("timeline").toString().split("hand-off by").length - 1).as("handed off once").isEqualTo(1);
    }

    @Test
    void an_owner_assigned_by_routing_is_notified_once_and_the_delivery_hands_the_lead_to_sales() throws Exception {
        String id = mql("marcus@contoso.example", "");
        assign(id, "alice");
        assign(id, "alice"); // the same owner again: nothing new to tell
        await("the rep's e-mail and the webhook", () -> smtp.getReceivedMessages().length == 2
                && hooks.received().size() == 1);
        await("the lead handed off", () -> api.get("/api/v1/leads/" + id).body().path("stage").asText()
                .equals("handed-off"));
        JsonNode lead = api.get("/api/v1/leads/" + id).body();
        assertThat(lead.path("owner").asText()).isEqualTo("alice");
        assertThat(lead.path("timeline").toString()).contains("hand-off packet delivered by");
        assertThat(notifications(id)).hasSize(2);
        assertThat(server.notifications().deliverDue()).as("deliveries still due").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(hooks.received()).hasSize(1);
    }

    @Test
    void a_lead_that_asked_not_to_be_contacted_is_never_notified() throws Exception {
        String id = api.post("/api/v1/leads", ApiContract.lead("dnc@contoso.example")
                .replace("\"Retail\"}", "\"Retail\", \"doNotContact\": \"true\"}")).body().path("lead").asText();
        assign(id, "alice");
        assertThat(notifications(id)).as("no delivery enqueued").isEmpty();
        String other = mql("marcus@contoso.example", "");
        assign(other, "alice");
        await("the other lead's packet", () -> smtp.getReceivedMessages().length == 2);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).allMatch(s -> s.contains("Marcus Lee"));
    }

    @Test
    void a_queued_packet_is_dropped_when_the_lead_asks_not_to_be_contacted_before_it_goes_out() throws Exception {
        bobsHook.answer(503);
        String id = mql("marcus@contoso.example", "");
        assign(id, "bob");
        await("the first attempt failed", () -> notifications(id).path(0).path("lastError").asText().contains("503"));
        assertThat(api.post("/api/v1/leads", "{\"attributes\": {\"email\": \"marcus@contoso.example\", "
                + "\"doNotContact\": \"true\"}}").status()).isEqualTo(200);
        bobsHook.answer(204);
        clock.tick(Duration.ofSeconds(1));
        server.notifications().wake();
        await("the delivery dropped", () -> notifications(id).path(0).path("status").asText().equals("suppressed"));
        assertThat(bobsHook.received()).as("only the failed attempt").hasSize(1);
        assertThat(api.get("/api/v1/leads/" + id).body().path("stage").asText()).isEqualTo("mql");
    }

    @Test
    void a_failing_webhook_is_retried_with_backoff_then_dead_lettered_and_retried_by_hand() throws Exception {
        bobsHook.answer(500);
        String id = mql("marcus@contoso.example", "");
        assign(id, "bob");
        await("the first attempt", () -> notifications(id).path(0).path("attempts").asInt() == 1
                && notifications(id).path(0).path("lastError").asText().contains("HTTP 500"));
        assertThat(notifications(id)).hasSize(1);
        assertThat(notifications(id).path(0).path("nextAttemptAt").asText()).isEqualTo("2027-03-13T16:00:01Z");
        clock.tick(Duration.ofSeconds(1));
        server.notifications().wake();
        await("the second attempt", () -> notifications(id).path(0).path("attempts").asInt() == 2
                && notifications(id).path(0).path("nextAttemptAt").asText().equals("2027-03-13T16:00:03Z"));
        clock.tick(Duration.ofSeconds(2));
        server.notifications().wake();
        await("the dead letter", () -> notifications(id).path(0).path("status").asText().equals("dead"));
        assertThat(bobsHook.received()).hasSize(3);
        assertThat(api.get("/api/v1/leads/" + id).body().path("stage").asText()).isEqualTo("mql");

        JsonNode dead = api.get("/api/v1/notifications/dead-letters").body().path("deadLetters");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).path("rep").asText()).isEqualTo("bob");
        bobsHook.answer(204);
        String deliveryId = dead.get(0).path("id").asText();
        Api.Response retried = api.post("/api/v1/notifications/dead-letters/" + deliveryId + "/retry", "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("status").asText()).isEqualTo("pending");
        await("the retried delivery", () -> notifications(id).path(0).path("status").asText().equals("sent"));
        assertThat(bobsHook.received()).hasSize(4);
        assertThat(bobsHook.received()).extracting(r -> r.header("X-LeadPact-Delivery")).containsOnly(deliveryId);
        assertThat(bobsHook.received()).extracting(WebhookReceiver.Received::body).as("the same bytes every time")
                .containsOnly(bobsHook.received().get(0).body());
        assertThat(api.get("/api/v1/notifications/dead-letters").body().path("deadLetters")).isEmpty();
        assertThat(api.post("/api/v1/notifications/dead-letters/" + deliveryId + "/retry", "").status()).isEqualTo(404);
        await("the lead handed off", () -> api.get("/api/v1/leads/" + id).body().path("stage").asText()
                .equals("handed-off"));
    }

    @Test
    void a_rep_the_directory_does_not_know_becomes_a_dead_letter_instead_of_being_dropped() throws Exception {
        String id = mql("marcus@contoso.example", "");
        assign(id, "zed");
        assertThat(notifications(id)).hasSize(2); // the e-mail (address unknown) and the shared webhook
        await("the shared webhook", () -> hooks.received().size() == 1);
        for (int attempts = 1; attempts < 3; attempts++) {
            int done = attempts;
            await("attempt " + done + " failed", () -> emailAttempts(id) == done);
            clock.tick(Duration.ofSeconds(8));
            server.notifications().wake();
        }
        await("the dead letter", () -> api.get("/api/v1/notifications/dead-letters").body().path("deadLetters")
                .size() == 1);
        assertThat(api.get("/api/v1/notifications/dead-letters").body().path("deadLetters").get(0).path("lastError")
                .asText()).isEqualTo("rep zed is not in the directory of reps");
    }

    private void post(String path, String body) {
        Api.Response r = api.post(path, body);
        assertThat(r.status()).as("%s %s", path, r.body()).isBetween(200, 201);
    }

    /** A lead of a company of its own (no account owner to go back to), qualified and handed to the rep. */
    private String handedOff(String rep) {
        String body = ApiContract.lead("lee@" + rep + "-co.example").replace("Contoso", rep + " Corp")
                .replace("contoso.example", rep + "-co.example");
        String id = api.post("/api/v1/leads", body).body().path("lead").asText();
        assertThat(api.post("/api/v1/activities", """
                {"leadId": "%s", "type": "demo-request", "at": "2027-03-13T15:00:00Z"}""".formatted(id)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/leads/" + id + "/actions", "{\"type\": \"hand-off\", \"rep\": \"" + rep
                + "\"}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void a_rep_only_the_directory_knows_gets_the_packet_at_their_address_with_their_teams_manager_in_copy()
            throws Exception {
        post("/api/v1/teams", "{\"id\": \"north\", \"manager\": \"nina\"}");
        post("/api/v1/reps", "{\"id\": \"nina\", \"email\": \"nina@acme.example\", \"team\": \"north\"}");
        post("/api/v1/reps", "{\"id\": \"carol\", \"name\": \"Carol Diaz\", \"email\": \"carol@acme.example\", "
                + "\"team\": \"north\"}");
        String id = handedOff("carol");
        await("carol's e-mail", () -> smtp.getReceivedMessages().length == 2); // To and Cc: two mailboxes
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("carol@acme.example");
        assertThat(mail.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
                .containsExactly("nina@acme.example");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients().length;
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList()).containsOnly(2);
        await("the webhook too", () -> hooks.received().size() == 1);
        assertThat(Api.JSON.readTree(hooks.received().get(0).body()).path("routing").path("repName").asText())
                .isEqualTo("Carol Diaz");
        await("sent", () -> notifications(id).findValuesAsText("status").equals(List.of("sent", "sent")));
        assertThat(notifications(id).findValuesAsText("target")).contains("carol@acme.example", hooks.url());
    }

    @Test
    void a_rep_with_a_webhook_in_the_directory_gets_the_packet_there_instead_of_the_shared_one() throws Exception {
        post("/api/v1/reps", "{\"id\": \"dave\", \"webhook\": \"" + bobsHook.url() + "\"}");
        String id = handedOff("dave");
        await("dave's webhook", () -> bobsHook.received().size() == 1);
        assertThat(notifications(id)).singleElement().satisfies(row -> {
            assertThat(row.path("channel").asText()).isEqualTo("webhook");
            assertThat(row.path("target").asText()).isEqualTo(bobsHook.url());
        });
        assertThat(hooks.received()).isEmpty();
        assertThat(smtp.getReceivedMessages()).as("dave has no address").isEmpty();
        Api.Response bad = api.post("/api/v1/reps", "{\"id\": \"dave\", \"webhook\": \"ftp://x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("errors").get(0).path("path").asText()).isEqualTo("webhook");
    }

    @Test
    void the_recipients_file_overrides_the_directory_field_by_field() throws Exception {
        post("/api/v1/teams", "{\"id\": \"north\", \"manager\": \"nina\"}");
        post("/api/v1/reps", "{\"id\": \"nina\", \"email\": \"nina@acme.example\", \"team\": \"north\"}");
        // The file gives alice an address and a manager's address: they win over the directory's.
        post("/api/v1/reps", "{\"id\": \"alice\", \"email\": \"alice@corp.example\", \"team\": \"north\"}");
        // The file leaves bob's e-mail empty: the directory's is used; his webhook stays the file's.
        post("/api/v1/reps", "{\"id\": \"bob\", \"email\": \"bob@corp.example\", \"team\": \"north\"}");
        handedOff("alice");
        String bobs = handedOff("bob");
        await("alice's and bob's e-mails", () -> smtp.getReceivedMessages().length == 4 && bobsHook.received().size() == 1);
        java.util.Map<String, String> ccOf = new java.util.TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            ccOf.put(m.getRecipients(Message.RecipientType.TO)[0].toString(),
                    m.getRecipients(Message.RecipientType.CC)[0].toString());
        }
        assertThat(ccOf).containsExactly(java.util.Map.entry("alice@acme.example", "maria@acme.example"),
                java.util.Map.entry("bob@corp.example", "nina@acme.example"));
        assertThat(notifications(bobs).findValuesAsText("target")).containsExactlyInAnyOrder("bob@corp.example",
                bobsHook.url());
    }

    private MimeMessage[] mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void an_untouched_lead_past_its_breach_warns_the_rep_tells_the_manager_then_goes_to_the_next_rep() throws Exception {
        post("/api/v1/teams", "{\"id\": \"east\", \"manager\": \"sam\"}");
        post("/api/v1/reps", "{\"id\": \"sam\", \"email\": \"sam@acme.example\"}");
        for (String rep : new String[] {"carol", "erin"}) {
            post("/api/v1/reps", "{\"id\": \"" + rep + "\", \"email\": \"" + rep + "@acme.example\", \"team\": \"east\"}");
        }
        // A New York lead: rule east, team east's first turn is carol; her packet hands it off on Saturday.
        String id = mql("marcus@contoso.example", "");
        await("handed off to carol", () -> api.get("/api/v1/leads/" + id).body().path("stage").asText()
                .equals("handed-off"));
        assertThat(api.get("/api/v1/leads/" + id).body().path("owner").asText()).isEqualTo("carol");

        // 24 business hours from Monday 15 March 09:00 EDT: due Thursday 12:00 EDT. Nobody touched it.
        clock.tick(Duration.between(clock.instant(), Instant.parse("2027-03-18T16:00:00Z")));
        server.fireClocks();
        await("the manager's e-mail", () -> mailsTo("sam@acme.example").length == 1);
        assertThat(subject(mailsTo("sam@acme.example")[0])).startsWith("SLA breached: first-follow-up of lead " + id);
        // carol's warning and breach go out beside sam's notice: wait for them too.
        await("carol's warning and breach", () -> Arrays.stream(mailsTo("carol@acme.example")).map(NotificationsContract::subject)
                .filter(s -> s.startsWith("SLA warning: first-follow-up") || s.startsWith("SLA breached")).count() == 2);
        JsonNode breach = api.get("/api/v1/sla/escalations?lead=" + id).body().path("escalations").get(0);
        assertThat(breach.path("step").asText()).isEqualTo("breach");
        assertThat(breach.path("manager").asText()).isEqualTo("sam");
        server.fireClocks();
        assertThat(mailsTo("sam@acme.example")).as("told once").hasSize(1);

        // Four business hours later (13:00-17:00 EDT) it is still untouched: routing gives it to erin.
        clock.tick(Duration.between(clock.instant(), Instant.parse("2027-03-18T21:00:00Z")));
        server.fireClocks();
        await("reassigned to erin", () -> api.get("/api/v1/leads/" + id).body().path("owner").asText().equals("erin"));
        String timeline = api.get("/api/v1/leads/" + id).body().path("timeline").toString();
        assertThat(timeline).contains("escalation.reassignAfter", "the SLA reassigned it from carol");
        try { // erin's packet has sam in copy: each mailbox holds a copy addressed to erin
            await("erin's packet", () -> Arrays.stream(mailsTo("erin@acme.example"))
                    .anyMatch(m -> subject(m).startsWith("New lead for you")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; deliveries: " + notifications(id), e);
        }
        assertThat(notifications(id).findValuesAsText("escalation")).contains(id + "/first-follow-up/1/breach");

        // The agreement tells marketing operations of the reassignment (atReassign), at its address.
        await("marketing operations told", () -> Arrays.stream(mailsTo("mops@acme.example"))
                .anyMatch(m -> subject(m).startsWith("SLA: lead reassigned: first-follow-up of lead " + id)));
        JsonNode reassign = api.get("/api/v1/sla/escalations?lead=" + id).body().path("escalations").get(0);
        assertThat(reassign.path("step").asText()).isEqualTo("reassign");
        assertThat(reassign.path("pending").asBoolean()).isFalse();
        assertThat(reassign.path("outcome").asText()).isEqualTo("reassigned to erin");
        // erin's own first follow-up starts at the reassignment; carol's breach stays carol's.
        JsonNode clocks = api.get("/api/v1/leads/" + id + "/clocks").body().path("clocks");
        java.util.List<JsonNode> followUps = new java.util.ArrayList<>();
        clocks.forEach(c -> {
            if (c.path("kind").asText().equals("first-follow-up")) {
                followUps.add(c);
            }
        });
        assertThat(followUps).extracting(c -> c.path("owner").asText() + " " + c.path("status").asText())
                .containsExactly("carol breached", "erin running");
        assertThat(followUps.get(1).path("startedAt").asText()).isEqualTo("2027-03-18T21:00:00Z");
    }

    /** How many attempts the e-mail delivery has failed, once the last one is recorded as failed. */
    private int emailAttempts(String id) {
        for (JsonNode row : notifications(id)) {
            if (row.path("channel").asText().equals("email") && !row.path("lastError").isNull()
                    && row.path("nextAttemptAt").asText().compareTo(clock.instant().plusSeconds(60).toString()) < 0) {
                return row.path("attempts").asInt(); // failed, not merely claimed (a claim leases for minutes)
            }
        }
        return -1;
    }
}
