package org.leadpact.app.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.leadpact.app.service.Agreements;
import org.leadpact.app.store.LeadStore;
import org.leadpact.handoff.Assignment;
import org.leadpact.handoff.HandoffPacket;
import org.leadpact.handoff.Packets;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lifecycle.LeadEngine;

/**
 * The packet of a delivery, rebuilt from the log: the lead folded up to its assignment and judged at
 * that moment under the agreement version that governed it. The same delivery always gives the same
 * packet, so every attempt sends the same message.
 */
final class PacketSource {
    private final LeadStore store;
    private final Agreements agreements;
    private final Map<String, LeadEngine> engines = new ConcurrentHashMap<>();

    PacketSource(LeadStore store, Agreements agreements) {
        this.store = store;
        this.agreements = agreements;
    }

    HandoffPacket packet(Delivery d, Recipient r) {
        List<LeadEvent> history = store.history(d.leadId());
        if (history.size() < d.leadVersion() || !(history.get(d.leadVersion() - 1) instanceof OwnerAssigned assigned)) {
            throw new IllegalStateException("event " + d.leadVersion() + " of lead " + d.leadId()
                    + " is not an owner assignment");
        }
        LeadState then = LeadState.fold(d.leadId(), history.subList(0, d.leadVersion()));
        var q = engine(assigned.agreementVersion()).qualifier().assess(then, judgedAt(then, assigned));
        return Packets.of(then, new Assignment(d.leadId(), d.leadVersion(), assigned, null), q,
                r == null ? null : r.name());
    }

    /**
     * The moment of the assignment; a history stamped ahead of it (activities sent with a later {@code at}
     * than the server's clock) is judged at its last event instead, as the lead view does.
     */
    private static java.time.Instant judgedAt(LeadState then, OwnerAssigned assigned) {
        java.time.Instant at = assigned.at();
        for (LeadEvent e : then.history()) {
            at = e.at().isAfter(at) ? e.at() : at;
        }
        return at;
    }

    private LeadEngine engine(String version) {
        return engines.computeIfAbsent(version, v -> agreements.all().stream().filter(a -> a.version().equals(v))
                .findFirst().map(a -> new LeadEngine(Agreements.agreement(a))).orElseGet(agreements::activeEngine));
    }
}
