/**
 * Hand-off notifications: the transactional outbox filled in the same transaction as each new owner
 * assignment, the delivery worker that claims due rows and sends the packet by e-mail (SMTP) and
 * webhook (signed JSON or a Slack message), retries with backoff, dead letters, and the hand-off to
 * sales once the rep's packet is delivered. Who the rep is comes from {@link org.leadpact.app.notify.Recipients}.
 */
package org.leadpact.app.notify;
