package org.leadpact.app.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.leadpact.app.store.LeadStore;
import org.leadpact.handoff.Assignment;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;

/**
 * The outbox's hook in the append path: in the transaction that appends an owner assignment, it adds
 * the deliveries of that assignment's packet, and after the commit wakes the worker. A lead that asked
 * not to be contacted gets none. Every assignment gets at least one row, even for a rep the directory
 * does not know: that delivery fails visibly (a dead letter) instead of the lead being dropped.
 */
final class Enqueuer implements LeadStore.AppendHook {
    private final NotifyConfig config;
    private final Runnable wake;

    Enqueuer(NotifyConfig config, Runnable wake) {
        this.config = config;
        this.wake = wake;
    }

    @Override
    public void appended(Handle h, List<LeadStore.Append> appends, Instant recordedAt) {
        boolean added = false;
        for (LeadStore.Append a : appends) {
            List<LeadEvent> events = a.events().stream().map(LeadStore.NewEvent::event).toList();
            if (!Assignment.anyIn(events) || a.after().attributes().doNotContact()) {
                continue;
            }
            LeadState before = LeadState.fold(a.after().id(), a.after().history().subList(0, a.expectedVersion()));
            for (Assignment assignment : Assignment.among(before, events)) {
                for (Target t : targets(config, assignment.rep())) {
                    Outbox.add(h, assignment.leadId(), assignment.version(), assignment.rep(), t.channel(), t.address(),
                            recordedAt);
                    added = true;
                }
            }
        }
        if (added) {
            h.afterCommit(wake);
        }
    }

    record Target(Delivery.Channel channel, String address) {
    }

    /** Where this rep's notifications go now; an address is null when it is to be looked up again at send time. */
    static List<Target> targets(NotifyConfig config, String rep) {
        List<Target> targets = new ArrayList<>();
        var recipient = config.recipients().rep(rep);
        if (config.mail() != null && (recipient.isEmpty() || recipient.get().email() != null)) {
            targets.add(new Target(Delivery.Channel.EMAIL, recipient.map(Recipient::email).orElse(null)));
        }
        if (config.webhook() != null) {
            String url = recipient.map(Recipient::webhook).orElse(null);
            url = url != null ? url : config.webhook().url();
            if (url != null) {
                targets.add(new Target(Delivery.Channel.WEBHOOK, url));
            }
        }
        if (targets.isEmpty() && config.enabled()) {
            targets.add(new Target(config.mail() != null ? Delivery.Channel.EMAIL : Delivery.Channel.WEBHOOK, null));
        }
        return targets;
    }
}
