package org.leadpact.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.leadpact.app.notify.NotifyConfig;
import org.leadpact.app.notify.Recipients;
import org.leadpact.app.notify.RecipientsFile;
import org.leadpact.handoff.Backoff;
import picocli.CommandLine.Option;

/**
 * {@code serve}'s hand-off notification options (docs/notifications.md). Each falls back to an
 * environment variable, so secrets need not be on the command line; the SMTP password is only read
 * from {@code LEADPACT_SMTP_PASSWORD}.
 */
final class NotifyOptions {
    @Option(names = "--recipients", paramLabel = "FILE",
            description = "CSV overriding the directory's addresses: rep,name,email,managerEmail,webhook "
                    + "(non-empty cells win).")
    Path recipients;

    @Option(names = "--smtp-host", defaultValue = "${env:LEADPACT_SMTP_HOST}",
            description = "SMTP server for hand-off e-mails (default: $LEADPACT_SMTP_HOST; none: no e-mail).")
    String smtpHost;

    @Option(names = "--smtp-port", defaultValue = "${env:LEADPACT_SMTP_PORT:-25}", description = "SMTP port (default: 25).")
    int smtpPort;

    @Option(names = "--smtp-from", defaultValue = "${env:LEADPACT_SMTP_FROM:-leadpact@localhost}",
            description = "Sender address (default: ${DEFAULT-VALUE}).")
    String smtpFrom;

    @Option(names = "--smtp-tls", defaultValue = "${env:LEADPACT_SMTP_TLS:-none}",
            description = "none, starttls (required) or ssl (default: ${DEFAULT-VALUE}).")
    String smtpTls;

    @Option(names = "--smtp-user", defaultValue = "${env:LEADPACT_SMTP_USER}",
            description = "SMTP user; the password comes from $LEADPACT_SMTP_PASSWORD.")
    String smtpUser;

    @Option(names = "--cc-manager", description = "Copy the rep's manager on hand-off e-mails.")
    boolean ccManager;

    @Option(names = "--webhook", paramLabel = "URL", defaultValue = "${env:LEADPACT_WEBHOOK_URL}",
            description = "Webhook for every packet whose rep has none of their own (default: $LEADPACT_WEBHOOK_URL).")
    String webhook;

    @Option(names = "--webhook-secret", defaultValue = "${env:LEADPACT_WEBHOOK_SECRET}",
            description = "Key of the X-LeadPact-Signature HMAC (default: $LEADPACT_WEBHOOK_SECRET).")
    String webhookSecret;

    @Option(names = "--webhook-format", defaultValue = "json", description = "json or slack (default: ${DEFAULT-VALUE}).")
    String webhookFormat;

    @Option(names = "--notify-attempts", defaultValue = "10",
            description = "Attempts before a delivery becomes a dead letter (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--retry-first", defaultValue = "5s", converter = DurationText.class,
            description = "Wait after the first failure, doubling after each (default: ${DEFAULT-VALUE}).")
    Duration retryFirst;

    @Option(names = "--retry-max", defaultValue = "30m", converter = DurationText.class,
            description = "Longest wait between attempts (default: ${DEFAULT-VALUE}).")
    Duration retryMax;

    @Option(names = "--notify-poll", defaultValue = "1s", converter = DurationText.class,
            description = "How often the worker looks for due deliveries besides being woken (default: ${DEFAULT-VALUE}).")
    Duration poll;

    @Option(names = "--notify-lease", defaultValue = "2m", converter = DurationText.class,
            description = "How long a claimed delivery is left to its worker before it is due again, e.g. after a "
                    + "crash (default: ${DEFAULT-VALUE}; longer than the slowest send).")
    Duration lease;

    @Option(names = "--marketing-ops-email", defaultValue = "${env:LEADPACT_MARKETING_OPS_EMAIL}",
            description = "Where marketing operations hears of SLA escalations the agreement sends them, e.g. a late "
                    + "hand-off or a reassignment (default: $LEADPACT_MARKETING_OPS_EMAIL).")
    String marketingOpsEmail;

    @Option(names = "--marketing-ops-webhook", paramLabel = "URL", defaultValue = "${env:LEADPACT_MARKETING_OPS_WEBHOOK}",
            description = "Marketing operations' own webhook for those escalations (default: "
                    + "$LEADPACT_MARKETING_OPS_WEBHOOK; none: the shared webhook).")
    String marketingOpsWebhook;

    NotifyConfig config() throws IOException {
        Recipients directory = (recipients == null ? Recipients.NONE : RecipientsFile.read(recipients))
                .withMarketingOperations(marketingOperations());
        NotifyConfig.Mail mail = blank(smtpHost) ? null : new NotifyConfig.Mail(smtpHost.strip(), smtpPort, smtpFrom,
                NotifyConfig.Tls.valueOf(choice("--smtp-tls", smtpTls, "none", "starttls", "ssl")),
                blank(smtpUser) ? null : smtpUser, System.getenv("LEADPACT_SMTP_PASSWORD"), Duration.ofSeconds(10));
        NotifyConfig.Webhook hook = blank(webhook) && blank(webhookSecret) ? null : new NotifyConfig.Webhook(
                blank(webhook) ? null : webhook.strip(), webhookSecret,
                NotifyConfig.Format.valueOf(choice("--webhook-format", webhookFormat, "json", "slack")),
                Duration.ofSeconds(10));
        Backoff backoff = new Backoff(retryFirst, retryMax, 0.2, attempts);
        return new NotifyConfig(directory, mail, hook, ccManager, backoff, lease, poll,
                NotifyConfig.NONE.batch(), null);
    }

    /** Marketing operations as the options give it; null when they give no address. */
    private org.leadpact.app.notify.Recipient marketingOperations() {
        if (blank(marketingOpsEmail) && blank(marketingOpsWebhook)) {
            return null;
        }
        if (!blank(marketingOpsEmail) && !marketingOpsEmail.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("--marketing-ops-email '" + marketingOpsEmail + "' is not an e-mail address");
        }
        if (!blank(marketingOpsWebhook) && !marketingOpsWebhook.strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("--marketing-ops-webhook '" + marketingOpsWebhook + "' is not an http(s) URL");
        }
        return new org.leadpact.app.notify.Recipient(Recipients.MARKETING_OPERATIONS, "Marketing operations",
                marketingOpsEmail, null, marketingOpsWebhook);
    }

    private static String choice(String option, String value, String... allowed) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        throw new IllegalArgumentException(option + " is one of " + String.join(", ", allowed) + ", not '" + value + "'");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
