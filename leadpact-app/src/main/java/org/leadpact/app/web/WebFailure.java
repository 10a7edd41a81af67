package org.leadpact.app.web;

/** A page that cannot be shown to this person, with the status and words to show instead. */
final class WebFailure extends RuntimeException {
    private final int status;

    WebFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
