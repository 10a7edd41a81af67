package org.leadpact.routing;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.leadpact.agreement.Routing;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;
import org.leadpact.lifecycle.LeadEngine;

/**
 * The routing state as a fold over the event log (every lead's events, in log order): loads from
 * assignments and stage changes, turns from the assignments routing made (their clause names the rule
 * or default, whose team's policy the agreement version gives), and account owners. The same log
 * always gives the same state, which is what lets a dry-run or back-test replay routing exactly.
 * Mutable while folding, like a builder; not safe for concurrent use.
 */
public final class RoutingLedger implements Accounts {
    /** Stages in which a lead is open on its owner's desk. */
    public static final Set<Stage> OPEN = EnumSet.of(Stage.MQL, Stage.HANDED_OFF, Stage.SAL);

    private final Function<String, Routing> routingOfVersion;
    private final Map<String, Slot> leads = new HashMap<>();
    private final Map<String, String> domainOwners = new HashMap<>();
    private final Map<String, String> companyOwners = new HashMap<>();
    private RoutingState state = RoutingState.EMPTY;

    /** What the fold keeps of each lead. */
    private static final class Slot {
        private String owner;
        private boolean open;
        private String domain;
        private String company;
    }

    /** @param routingOfVersion the routing clause of an agreement version (Routing.NONE when unknown) */
    public RoutingLedger(Function<String, Routing> routingOfVersion) {
        this.routingOfVersion = routingOfVersion;
    }

    public RoutingState state() {
        return state;
    }

    public void apply(String leadId, LeadEvent event) {
        switch (event) {
            case AttributesChanged c -> attributes(slot(leadId), c);
            case OwnerAssigned o -> assigned(slot(leadId), o);
            case StageChanged s -> staged(slot(leadId), s);
            default -> { }
        }
    }

    private Slot slot(String leadId) {
        return leads.computeIfAbsent(leadId, id -> new Slot());
    }

    private static void attributes(Slot slot, AttributesChanged c) {
        String email = c.changes().get(Attributes.EMAIL);
        if (email != null) {
            slot.domain = Attributes.of(Attributes.EMAIL, email).emailDomain().orElse(null);
        }
        String company = c.changes().get(Attributes.COMPANY);
        if (company != null) {
            slot.company = company.isBlank() ? null : Accounts.companyKey(company);
        }
    }

    private void assigned(Slot slot, OwnerAssigned o) {
        if (slot.open && slot.owner != null) {
            state = state.released(slot.owner);
        }
        slot.owner = o.owner();
        state = state.assigned(o.owner(), o.at(), slot.open);
        if (LeadEngine.SYSTEM.equals(o.actor())) {
            Routing routing = routingOfVersion.apply(o.agreementVersion());
            Router.rotation(routing == null ? Routing.NONE : routing, o.clause())
                    .ifPresent(policy -> state = state.picked(policy, o.owner()));
        }
        if (slot.domain != null) {
            domainOwners.put(slot.domain, o.owner());
        }
        if (slot.company != null) {
            companyOwners.put(slot.company, o.owner());
        }
    }

    private void staged(Slot slot, StageChanged s) {
        boolean open = OPEN.contains(s.to());
        if (slot.open && !open && slot.owner != null) {
            state = state.released(slot.owner);
        }
        if (s.to() == Stage.NURTURE) {
            slot.owner = null;
        }
        slot.open = open;
    }

    @Override
    public Optional<String> ownerOfDomain(String domain) {
        return Optional.ofNullable(domainOwners.get(domain));
    }

    @Override
    public Optional<String> ownerOfCompany(String company) {
        return Optional.ofNullable(companyOwners.get(company));
    }
}
