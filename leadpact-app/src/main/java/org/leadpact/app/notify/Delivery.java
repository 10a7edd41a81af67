package org.leadpact.app.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: the packet of one assignment to send over one channel to one target. Its id is
 * derived from what it delivers, so the same assignment can never be enqueued twice, and it travels with
 * the message (Message-ID, {@code X-LeadPact-Delivery}) so receivers can drop a redelivery.
 *
 * @param target the e-mail address or URL; null when the rep was not in the directory at enqueue time
 * @param notice null for a hand-off packet; for an SLA escalation notice, what it says
 */
public record Delivery(String id, String leadId, int leadVersion, String rep, Channel channel, String target,
                       Status status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, String lastError,
                       Instant createdAt, Instant sentAt, Notice notice) {

    /**
     * An SLA escalation told to one person: {@code key} is the clock and step ("lead-1/first-follow-up/1/breach"),
     * {@code subject} and {@code text} the words sent.
     */
    public record Notice(String key, String subject, String text) {
    }

    public enum Channel { EMAIL, WEBHOOK;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** pending (due at next_attempt_at), sent, dead (given up; retry by hand), suppressed (do not contact). */
    public enum Status { PENDING, SENT, DEAD, SUPPRESSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static String noticeIdOf(String key, String rep, Channel channel) {
        return UUID.nameUUIDFromBytes(("notice/" + key + "/" + rep + "/" + channel.code()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String idOf(String leadId, int version, Channel channel) {
        return UUID.nameUUIDFromBytes((leadId + "/" + version + "/" + channel.code()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
