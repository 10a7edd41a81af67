package org.leadpact.app.reports;

import java.time.Instant;
import org.leadpact.agreement.MarketingSla;
import org.leadpact.reports.Report;
import org.leadpact.reports.Reports;

/** Answers report queries over the fact index; aging and stale opportunities are judged at {@code now}. */
public final class ReportBook {
    private final FactIndex index;
    private final Teams teams;

    public ReportBook(FactIndex index, Teams teams) {
        this.index = index;
        this.teams = teams;
    }

    public FactIndex index() {
        return index;
    }

    public Teams teams() {
        return teams;
    }

    /** The report asked for; {@code sla} is the active agreement's marketing SLA (the lead value goal). */
    public Report run(ReportQuery q, Instant now, MarketingSla sla) {
        Reports reports = new Reports(index, teams.teamOf());
        try {
            return switch (q.kind()) {
                case FUNNEL -> reports.funnel(q.period(), q.filter());
                case SOURCES -> reports.sources(q.period(), q.filter(), q.by());
                case AGING -> reports.aging(now, q.filter());
                case AGING_LEADS -> reports.agingLeads(now, q.filter(), q.filter().rep(), q.bucket()).limited(q.limit());
                case OPPORTUNITIES -> reports.opportunities(q.period(), q.filter(), now).limited(q.limit());
                case TIERS -> reports.tiers(q.period(), q.filter()).limited(q.limit());
                case LEAD_VALUE -> reports.leadValue(q.period(), q.filter(), q.by(), sla);
            };
        } catch (ReportQuery.Invalid e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ReportQuery.Invalid("period", e.getMessage());
        }
    }
}
