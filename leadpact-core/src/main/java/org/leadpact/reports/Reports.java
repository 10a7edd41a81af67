package org.leadpact.reports;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import org.leadpact.agreement.MarketingSla;

/**
 * The reports over a set of lead facts, each after applying the filters. {@code teamOf} says which team a
 * rep is in (the routing directory); the team filter needs it.
 */
public final class Reports {
    private final Iterable<LeadFacts> facts;
    private final Function<String, Optional<String>> teamOf;

    public Reports(Iterable<LeadFacts> facts, Function<String, Optional<String>> teamOf) {
        this.facts = facts;
        this.teamOf = teamOf;
    }

    private Iterable<LeadFacts> matching(Filter filter) {
        if (filter.equals(Filter.NONE)) {
            return facts;
        }
        return () -> new Iterator<>() {
            private final Iterator<LeadFacts> all = facts.iterator();
            private LeadFacts next = advance();

            private LeadFacts advance() {
                while (all.hasNext()) {
                    LeadFacts f = all.next();
                    if (filter.matches(f, teamOf)) {
                        return f;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public LeadFacts next() {
                if (next == null) {
                    throw new java.util.NoSuchElementException();
                }
                LeadFacts current = next;
                next = advance();
                return current;
            }
        };
    }

    public FunnelReport funnel(Range period, Filter filter) {
        return FunnelReport.compute(matching(filter), period, filter);
    }

    public SourceReport sources(Range period, Filter filter, Dimension by) {
        return SourceReport.compute(matching(filter), period, filter, by);
    }

    public AgingReport aging(Instant at, Filter filter) {
        return AgingReport.compute(matching(filter), at, filter);
    }

    public AgingLeads agingLeads(Instant at, Filter filter, String rep, AgingBucket bucket) {
        return AgingLeads.compute(matching(filter), at, filter, rep, bucket);
    }

    public OpportunityReport opportunities(Range period, Filter filter, Instant at) {
        return OpportunityReport.compute(matching(filter), period, filter, at);
    }

    public TierReport tiers(Range period, Filter filter) {
        return TierReport.compute(matching(filter), period, filter);
    }

    public LeadValueReport leadValue(Range period, Filter filter, Dimension by, MarketingSla sla) {
        return LeadValueReport.compute(matching(filter), period, filter, by, sla);
    }
}
