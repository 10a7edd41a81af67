package org.leadpact.app.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.leadpact.app.service.Failure;
import org.leadpact.app.service.Leads;
import org.leadpact.handoff.HandoffPacket;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lifecycle.Command;
import org.leadpact.lifecycle.LeadEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due deliveries in batches and sends them, on one thread: woken right after a commit that
 * enqueued, and looking every poll interval anyway (for retries, and rows committed by another node or
 * inside a longer transaction). When the rep's packet is delivered and the lead is still an MQL of
 * that rep, the lead is handed off through the engine like any other command.
 */
final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int SENDERS = 4;

    private final Outbox outbox;
    private final PacketSource packets;
    private final Leads leads;
    private final Map<Delivery.Channel, Sender> channels;
    /** Sends run here, never interrupted: an interrupt closes the embedded database's file under its user. */
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
        Thread t = new Thread(r, "leadpact-notify-send");
        t.setDaemon(true);
        return t;
    });
    private final NotifyConfig config;
    private final Clock clock;
    private final Random jitter;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    DeliveryWorker(Outbox outbox, PacketSource packets, Leads leads, Map<Delivery.Channel, Sender> senders,
                   NotifyConfig config, Clock clock) {
        this.outbox = outbox;
        this.packets = packets;
        this.leads = leads;
        this.channels = senders;
        this.config = config;
        this.clock = clock;
        this.jitter = config.jitterSeed() == null ? new Random() : new Random(config.jitterSeed());
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::loop, "leadpact-notify");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Look for due deliveries now. */
    void wake() {
        wakeups.release();
    }

    private void loop() {
        while (running) {
            try {
                if (deliverDue() < config.batch()) {
                    wakeups.tryAcquire(config.poll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database was away, say: keep going, the rows are still there.
                LOG.warn("delivering notifications failed; trying again in {}", config.poll(), e);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(config.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Claims one batch of due deliveries and attempts each; returns how many were claimed. */
    int deliverDue() {
        List<Delivery> due = outbox.claim(clock.instant(), config.lease(), config.batch());
        if (due.size() == 1) {
            attempt(due.get(0));
            return 1;
        }
        // A lead's e-mail and webhook, and other leads' packets, go out side by side, not one behind another.
        List<Future<?>> attempts = due.stream().<Future<?>>map(d -> senders.submit(() -> attempt(d))).toList();
        for (Future<?> a : attempts) {
            try {
                a.get();
            } catch (ExecutionException e) {
                LOG.warn("a delivery attempt failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            }
        }
        return due.size();
    }

    private void attempt(Delivery d) {
        String target = d.target();
        try {
            if (d.notice() != null) { // an SLA escalation to a rep or manager: internal, no packet, no hand-off
                target = target != null ? target : resolve(d, config.recipients().rep(d.rep()).orElse(null));
                channels.get(d.channel()).sendNotice(d, target);
                outbox.sent(d.id(), target, clock.instant());
                return;
            }
            LeadState lead = leads.load(d.leadId());
            if (lead.attributes().doNotContact()) {
                outbox.suppressed(d.id(), "the lead asked not to be contacted");
                return;
            }
            Recipient r = config.recipients().rep(d.rep()).orElse(null);
            target = target != null ? target : resolve(d, r);
            HandoffPacket packet = packets.packet(d, r);
            channels.get(d.channel()).send(d, target, packet, r);
            outbox.sent(d.id(), target, clock.instant());
            handOff(d, target);
        } catch (DeliveryFailure e) {
            failed(d, target, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("delivery {} of lead {} failed", d.id(), d.leadId(), e);
            failed(d, target, e.toString());
        }
    }

    /** Where a delivery enqueued without a target goes: the directory may know the rep by now. */
    private String resolve(Delivery d, Recipient r) throws DeliveryFailure {
        if (r == null) {
            throw new DeliveryFailure("rep " + d.rep() + " is not in the directory of reps");
        }
        String target = d.channel() == Delivery.Channel.EMAIL ? r.email()
                : r.webhook() != null ? r.webhook() : config.webhook() == null ? null : config.webhook().url();
        if (target == null) {
            throw new DeliveryFailure("rep " + d.rep() + " has no " + (d.channel() == Delivery.Channel.EMAIL
                    ? "e-mail address" : "webhook") + " in the directory of reps");
        }
        return target;
    }

    private void failed(Delivery d, String target, String error) {
        Instant next = config.backoff().exhausted(d.attempts()) ? null
                : clock.instant().plus(config.backoff().after(d.attempts(), jitter.nextDouble()));
        outbox.failed(d.id(), target, error, next);
        if (next == null) {
            LOG.warn("delivery {} of lead {} to {} given up after {} attempts: {}", d.id(), d.leadId(), d.rep(),
                    d.attempts(), error);
        }
    }

    private void handOff(Delivery d, String target) {
        Command handOff = new Command.HandOff(clock.instant(), d.rep(), LeadEngine.SYSTEM,
                "hand-off packet delivered by " + d.channel().code() + " to " + target);
        try {
            leads.actIf(d.leadId(), s -> s.stage() == Stage.MQL && d.rep().equals(s.owner()), handOff,
                    LeadEngine.SYSTEM);
        } catch (Failure e) {
            // Delivered all the same; the lead stays where it is and the refusal is the operator's to see.
            LOG.warn("lead {} was not moved to handed-off after its packet was delivered: {}", d.leadId(),
                    e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            // Never interrupt: an interrupt closes the embedded database's file under the thread using it.
            // The worker stops after its current attempt, which its timeouts bound.
            wakeups.release();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        senders.shutdown();
    }
}
