package org.leadpact.app.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.leadpact.handoff.HandoffPacket;
import org.leadpact.handoff.PacketPayloads;

/**
 * POSTs the packet as JSON (LeadPact's document or a Slack message), signed, with the delivery id in
 * {@code X-LeadPact-Delivery}. Any 2xx answer is a delivery; anything else, or no answer, is a failure.
 */
final class WebhookSender implements Sender {
    static final String DELIVERY_HEADER = "X-LeadPact-Delivery";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotifyConfig.Webhook settings;
    private final HttpClient client;

    WebhookSender(NotifyConfig.Webhook settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout()).build(); // plain HTTP/1.1: no h2c upgrade for receivers to refuse
    }

    private Duration timeout() {
        return settings.timeout() == null ? Duration.ofSeconds(10) : settings.timeout();
    }

    /** The body sent for this packet: the same bytes on every attempt. */
    byte[] body(Delivery d, HandoffPacket packet) {
        Object doc = settings.format() == NotifyConfig.Format.SLACK ? PacketPayloads.slack(packet)
                : PacketPayloads.webhook(packet, d.id());
        return write(doc);
    }

    /** An escalation notice: LeadPact's small document, or a Slack message with the same words. */
    byte[] noticeBody(Delivery d) {
        Delivery.Notice n = d.notice();
        Object doc = settings.format() == NotifyConfig.Format.SLACK ? java.util.Map.of("text", slackEscaped(n.subject())
                + "\n" + slackEscaped(n.text())) : org.leadpact.app.view.LeadReport.ordered("type", "sla.escalation",
                "deliveryId", d.id(), "leadId", d.leadId(), "rep", d.rep(), "escalation", n.key(), "subject", n.subject(),
                "text", n.text());
        return write(doc);
    }

    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] write(Object doc) {
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of text and numbers always write", e);
        }
    }

    @Override
    public void sendNotice(Delivery d, String target) throws DeliveryFailure {
        post(d, target, noticeBody(d));
    }

    @Override
    public void send(Delivery d, String target, HandoffPacket packet, Recipient r) throws DeliveryFailure {
        post(d, target, body(d, packet));
    }

    private void post(Delivery d, String target, byte[] body) throws DeliveryFailure {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(target)).timeout(timeout())
                    .header("Content-Type", "application/json").header("User-Agent", "LeadPact")
                    .header(DELIVERY_HEADER, d.id()).header(WebhookSignature.HEADER, WebhookSignature.of(settings.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure("webhook URL '" + target + "' is not valid: " + e.getMessage(), e);
        }
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                String text = answer.body() == null ? "" : answer.body();
                throw new DeliveryFailure("webhook " + target + " answered HTTP " + answer.statusCode()
                        + (text.isBlank() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
            }
        } catch (IOException e) {
            throw new DeliveryFailure("webhook " + target + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending to " + target, e);
        }
    }
}
