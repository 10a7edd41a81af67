package org.leadpact.app.notify;

/** A delivery that did not go through this time: the message says why, for the outbox's last_error. */
final class DeliveryFailure extends Exception {
    DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }

    DeliveryFailure(String message) {
        super(message);
    }
}
