package org.leadpact.app.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a rep's hand-off packets go. Only {@code rep} is required; a rep with neither an e-mail address
 * nor a webhook (nor a shared webhook configured) cannot be notified and their deliveries dead-letter.
 *
 * @param webhook a URL that receives this rep's packets, or null
 */
public record Recipient(String rep, String name, String email, String managerEmail, String webhook) {
    public Recipient {
        Objects.requireNonNull(rep, "rep");
        if (rep.isBlank()) {
            throw new IllegalArgumentException("a recipient names their rep id");
        }
        name = blankToNull(name);
        email = blankToNull(email);
        managerEmail = blankToNull(managerEmail);
        webhook = blankToNull(webhook);
    }

    public Optional<String> emailIfAny() {
        return Optional.ofNullable(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
