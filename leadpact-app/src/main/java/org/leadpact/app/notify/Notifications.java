package org.leadpact.app.notify;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;

/**
 * Hand-off notifications, wired: the outbox hook on the store's appends, the delivery worker, and what
 * the API shows of them (dead letters, retries, a lead's deliveries). With nothing to send through
 * ({@link NotifyConfig#enabled()} false) no hook is installed and no worker runs.
 */
public final class Notifications implements AutoCloseable {
    private final Outbox outbox;
    private final DeliveryWorker worker;
    private final EscalationNotices escalations;
    private final Clock clock;

    public Notifications(Database db, LeadStore store, Leads leads, Agreements agreements, NotifyConfig config,
                         Clock clock) {
        this.outbox = new Outbox(db);
        this.clock = clock;
        Map<Delivery.Channel, Sender> senders = new EnumMap<>(Delivery.Channel.class);
        if (config.mail() != null) {
            senders.put(Delivery.Channel.EMAIL, new MailSender(config.mail(), config.ccManager(), clock));
        }
        if (config.webhook() != null) {
            senders.put(Delivery.Channel.WEBHOOK, new WebhookSender(config.webhook()));
        }
        this.worker = config.enabled()
                ? new DeliveryWorker(outbox, new PacketSource(store, agreements), leads, senders, config, clock) : null;
        if (worker != null) {
            store.onAppend(new Enqueuer(config, worker::wake));
        }
        this.escalations = new EscalationNotices(config, this::wake, clock);
    }

    /** SLA escalations told to reps and managers through this outbox (nothing when notifications are off). */
    public org.leadpact.app.sla.Escalations escalations() {
        return escalations;
    }

    /** Starts the delivery worker (when there is anything to deliver through). */
    public Notifications start() {
        if (worker != null) {
            worker.start();
        }
        return this;
    }

    /** Makes the worker look for due deliveries now, e.g. after a test moved the clock past a backoff. */
    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** One pass of the worker on the calling thread: claims and attempts the due deliveries; returns how many. */
    public int deliverDue() {
        return worker == null ? 0 : worker.deliverDue();
    }

    public List<Delivery> deadLetters(int limit) {
        return outbox.dead(limit);
    }

    /** Puts a dead letter back in the queue with a fresh schedule; empty when there is no such dead letter. */
    public Optional<Delivery> retry(String id) {
        Optional<Delivery> revived = outbox.revive(id, clock.instant());
        revived.ifPresent(d -> wake());
        return revived;
    }

    public Optional<Delivery> find(String id) {
        return outbox.find(id);
    }

    public List<Delivery> ofLead(String leadId) {
        return outbox.ofLead(leadId);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
