package org.leadpact.reports;

import java.util.List;
import java.util.Map;

/**
 * A computed report: its name, the period and filters it covers, the definitions of its figures (stated
 * with every answer, so both teams read the same words), and its tables.
 */
public sealed interface Report permits FunnelReport, SourceReport, AgingReport, AgingLeads, OpportunityReport, TierReport,
        LeadValueReport {
    String report();

    Map<String, String> definitions();

    /** The report as tables (CSV, terminal); the JSON form is the record itself. */
    List<Section> sections();
}
