package org.leadpact.agreement;

import java.util.Objects;

/**
 * The sales and marketing agreement, one version of it. Everything the engine decides is decided
 * under one of these and records its {@link #version()}.
 */
public record Agreement(Identity identity, Signatures signatures, TargetBuyer targetBuyer,
                        RequiredInformation requiredInformation, BehaviouralQualifiers behaviouralQualifiers,
                        ScoringModel scoring, FastTrack fastTrack, Routing routing, MarketingSla marketingSla,
                        SalesSla salesSla, MutualSla mutualSla, Dispositions dispositions, Recycling recycling,
                        BusinessCalendar calendar, OpportunityStages opportunityStages, Escalation escalation) {

    public Agreement {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(scoring, "scoring");
        signatures = Objects.requireNonNullElse(signatures, Signatures.NONE);
        targetBuyer = Objects.requireNonNullElse(targetBuyer, TargetBuyer.ANYONE);
        requiredInformation = Objects.requireNonNullElse(requiredInformation, RequiredInformation.DEFAULT);
        behaviouralQualifiers = Objects.requireNonNullElse(behaviouralQualifiers,
                new BehaviouralQualifiers(java.util.List.of(), QualificationRule.SCORE));
        fastTrack = Objects.requireNonNullElse(fastTrack, FastTrack.NONE);
        routing = Objects.requireNonNullElse(routing, Routing.NONE);
        marketingSla = Objects.requireNonNullElse(marketingSla, MarketingSla.DEFAULT);
        salesSla = Objects.requireNonNullElse(salesSla, SalesSla.DEFAULT);
        mutualSla = Objects.requireNonNullElse(mutualSla, MutualSla.DEFAULT);
        dispositions = Objects.requireNonNullElse(dispositions, Dispositions.DEFAULT);
        recycling = Objects.requireNonNullElse(recycling, Recycling.DEFAULT);
        calendar = Objects.requireNonNullElse(calendar, BusinessCalendar.DEFAULT);
        opportunityStages = Objects.requireNonNullElse(opportunityStages, OpportunityStages.DEFAULT);
        escalation = Objects.requireNonNullElse(escalation, Escalation.DEFAULT);
    }

    /** An agreement with the default escalation chain. */
    public Agreement(Identity identity, Signatures signatures, TargetBuyer targetBuyer,
                     RequiredInformation requiredInformation, BehaviouralQualifiers behaviouralQualifiers,
                     ScoringModel scoring, FastTrack fastTrack, Routing routing, MarketingSla marketingSla,
                     SalesSla salesSla, MutualSla mutualSla, Dispositions dispositions, Recycling recycling,
                     BusinessCalendar calendar, OpportunityStages opportunityStages) {
        this(identity, signatures, targetBuyer, requiredInformation, behaviouralQualifiers, scoring, fastTrack, routing,
                marketingSla, salesSla, mutualSla, dispositions, recycling, calendar, opportunityStages, null);
    }

    public String version() {
        return identity.version();
    }

    public String name() {
        return identity.name();
    }

    /** The same agreement with other signatures (signing happens after the document is written). */
    public Agreement withSignatures(Signatures newSignatures) {
        return new Agreement(identity, newSignatures, targetBuyer, requiredInformation, behaviouralQualifiers, scoring,
                fastTrack, routing, marketingSla, salesSla, mutualSla, dispositions, recycling, calendar,
                opportunityStages, escalation);
    }

    /** Only an agreement both sides signed may govern live decisions. */
    public boolean activatable() {
        return signatures.complete();
    }
}
