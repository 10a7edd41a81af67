package org.leadpact.app.notify;

import java.time.Duration;
import java.util.Objects;
import org.leadpact.handoff.Backoff;

/**
 * How hand-off notifications are sent. With neither mail nor a webhook anywhere, nothing is enqueued
 * and leads wait at MQL for a hand-off by hand.
 *
 * @param mail       SMTP settings, or null for no e-mail
 * @param webhook    webhook settings (secret, format, the shared URL), or null for no webhooks at all
 * @param ccManager  whether the rep's manager is in copy of the e-mail
 * @param lease      how long a claimed delivery is left to its worker before another may take it again
 * @param poll       how often the worker looks for due deliveries when nothing woke it
 * @param jitterSeed the seed of the jitter draws (null: seeded from the time, as in production)
 */
public record NotifyConfig(Recipients recipients, Mail mail, Webhook webhook, boolean ccManager, Backoff backoff,
                           Duration lease, Duration poll, int batch, Long jitterSeed) {
    public static final NotifyConfig NONE = new NotifyConfig(Recipients.NONE, null, null, false, Backoff.DEFAULT,
            Duration.ofMinutes(2), Duration.ofSeconds(1), 20, null);

    public NotifyConfig {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(backoff, "backoff");
        if (batch < 1) {
            throw new IllegalArgumentException("a worker claims at least one delivery at a time");
        }
    }

    public enum Tls { NONE, STARTTLS, SSL }

    /** An SMTP server; {@code user} null for none (then no password is sent). */
    public record Mail(String host, int port, String from, Tls tls, String user, String password, Duration timeout) {
        public Mail {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(tls, "tls");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("an SMTP port is from 1 to 65535, not " + port);
            }
        }
    }

    public enum Format { JSON, SLACK }

    /**
     * Webhooks: every body is signed with {@code secret} (HMAC-SHA256). A rep's own webhook (from the
     * recipients) is used when they have one, else {@code url}, the shared one (null: none).
     */
    public record Webhook(String url, String secret, Format format, Duration timeout) {
        public Webhook {
            Objects.requireNonNull(format, "format");
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("webhooks are signed: give a secret (--webhook-secret or "
                        + "LEADPACT_WEBHOOK_SECRET)");
            }
        }
    }

    /** Whether anything can be sent at all. */
    public boolean enabled() {
        return mail != null || webhook != null;
    }

    /** What is configured, in words, for the server's start-up line (never a secret). */
    public String describe() {
        String mailText = mail == null ? "no e-mail" : "e-mail via " + mail.host() + ":" + mail.port() + " from "
                + mail.from() + (ccManager ? ", manager in copy" : "");
        String hookText = webhook == null ? "no webhooks" : "webhooks (" + webhook.format().name().toLowerCase(
                java.util.Locale.ROOT) + (webhook.url() == null ? ", reps' own only" : ", shared " + webhook.url()) + ")";
        return mailText + "; " + hookText + "; " + backoff.attempts() + " attempts, first retry after "
                + backoff.initial();
    }

    public NotifyConfig withRecipients(Recipients newRecipients) {
        return new NotifyConfig(newRecipients, mail, webhook, ccManager, backoff, lease, poll, batch, jitterSeed);
    }
}
