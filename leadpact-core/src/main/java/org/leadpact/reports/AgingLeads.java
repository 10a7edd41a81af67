package org.leadpact.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The open leads behind one cell of the aging report (a rep, a bucket; either may be all). */
public record AgingLeads(String report, Instant at, Filter filters, String rep, String bucket, long count,
                         List<AgingReport.AgedLead> leads, Map<String, String> definitions) implements Report {
    public AgingLeads {
        leads = List.copyOf(leads);
    }

    public static AgingLeads compute(Iterable<LeadFacts> facts, Instant at, Filter filters, String rep,
                                     AgingBucket bucket) {
        List<AgingReport.AgedLead> cell = AgingReport.cell(facts, at, rep, bucket);
        return new AgingLeads("aging-leads", at, filters, rep, bucket == null ? null : bucket.code(), cell.size(), cell,
                AgingReport.DEFINITIONS);
    }

    /** The same cell listing only its first {@code n} leads (count counts all). */
    public AgingLeads limited(int n) {
        return leads.size() <= n ? this : new AgingLeads(report, at, filters, rep, bucket, count, leads.subList(0, n),
                definitions);
    }

    @Override
    public List<Section> sections() {
        return List.of(AgingReport.cellSection(leads));
    }
}
