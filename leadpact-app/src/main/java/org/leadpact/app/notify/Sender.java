package org.leadpact.app.notify;

import org.leadpact.handoff.HandoffPacket;

/** Sends a packet over one channel to the delivery's target. */
interface Sender {
    /**
     * @param target the address or URL to send to
     * @param r      the rep's entry in the directory, or null when it has none
     */
    void send(Delivery d, String target, HandoffPacket packet, Recipient r) throws DeliveryFailure;

    /** Sends an SLA escalation notice ({@link Delivery#notice()} is set) to the delivery's target. */
    void sendNotice(Delivery d, String target) throws DeliveryFailure;
}
