package org.leadpact.agreement;

/** Something wrong with an agreement, at a clause path such as {@code scoring.rules[3].points}. */
public record Problem(String path, String message) {
}
