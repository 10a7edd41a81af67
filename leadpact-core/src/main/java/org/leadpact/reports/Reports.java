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

    /**
     * The funnel of one cohort: the leads whose first event falls in {@code created}, each counted in
     * every stage it reached so far (whenever), with their stays in each stage.
     */
    public FunnelReport cohort(Range created, Filter filter) {
        Iterable<LeadFacts> cohort = () -> java.util.stream.StreamSupport.stream(matching(filter).spliterator(), false)
                .filter(f -> created.contains(f.created())).iterator();
        FunnelReport all = FunnelReport.compute(cohort, Range.ALL, filter);
        java.util.Map<String, String> definitions = new java.util.LinkedHashMap<>(all.definitions());
        definitions.put("period", "a cohort: the leads whose first event falls in the period (UTC); each stage counts "
                + "the cohort's leads that reached it at any time so far, and the stays are all of theirs");
        return new FunnelReport(all.report(), created, filter, all.stages(), all.conversions(), all.cohorts(),
                all.velocity(), java.util.Collections.unmodifiableMap(definitions));
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
