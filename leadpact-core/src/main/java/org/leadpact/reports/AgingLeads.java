package org.leadpact.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The open leads behind one cell of the aging report (a rep, a bucket; either may be all). */
public record AgingLeads(String report, Instant at, Filter filters, String rep, String bucket,
                         List<AgingReport.AgedLead> leads, Map<String, String> definitions) implements Report {
    public AgingLeads {
        leads = List.copyOf(leads);
    }

    public static AgingLeads compute(Iterable<LeadFacts> facts, Instant at, Filter filters, String rep,
                                     AgingBucket bucket) {
        return new AgingLeads("aging-leads", at, filters, rep, bucket == null ? null : bucket.code(),
                AgingReport.cell(facts, at, rep, bucket), AgingReport.DEFINITIONS);
    }

    @Override
    public List<Section> sections() {
        return List.of(AgingReport.cellSection(leads));
    }
}
