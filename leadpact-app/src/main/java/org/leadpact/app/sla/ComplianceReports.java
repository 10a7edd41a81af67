package org.leadpact.app.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;
import org.leadpact.sla.Compliance;
import org.leadpact.sla.ComplianceReport;
import org.leadpact.sla.ReportPeriod;

/**
 * The compliance report over the stored leads: the leads whose clocks touch the period are found in
 * sla_clock, their histories loaded, and the core computes every figure from them. By team, each rep
 * stands under their team in the directory of reps and teams as it is now; a rep the directory does not
 * know, or who has no team, under "(no team)".
 */
public final class ComplianceReports {
    private static final int CHUNK = 500;

    private final Database db;
    private final LeadStore store;
    private final SlaContexts contexts;
    private final Directory directory;
    private final Clock clock;

    public ComplianceReports(Database db, LeadStore store, SlaContexts contexts, Directory directory, Clock clock) {
        this.db = db;
        this.store = store;
        this.contexts = contexts;
        this.directory = directory;
        this.clock = clock;
    }

    /** @throws IllegalStateException while no agreement is active */
    public ComplianceReport report(ReportPeriod period, Compliance.By by) {
        return report(period, by, rep -> directory.rep(rep).map(Rep::team).orElse(null), this::leadsTouching);
    }

    /** Which leads may have a clock that the report counts, between two instants. */
    public interface Candidates {
        List<String> between(Instant from, Instant until);
    }

    /**
     * The report over the leads {@code candidates} names (for the dashboard: a rep's own, found in the
     * report facts without reading sla_clock), teams as {@code teamOf} says (null: no team).
     *
     * @throws IllegalStateException while no agreement is active
     */
    public ComplianceReport report(ReportPeriod period, Compliance.By by, java.util.function.Function<String, String> teamOf,
                                   Candidates candidates) {
        SlaContexts.Judged judged = contexts.active().orElseThrow(() -> new IllegalStateException(
                "no agreement is active: compliance is measured against the active agreement"));
        ZoneId zone = judged.context().agreementCalendar().zone();
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant until = period.until().atStartOfDay(zone).toInstant();
        List<LeadState> leads = new ArrayList<>();
        List<String> ids = candidates.between(from, until);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            leads.addAll(store.loadAll(ids.subList(i, Math.min(ids.size(), i + CHUNK))).values());
        }
        leads.sort(java.util.Comparator.comparing(LeadState::id));
        return Compliance.of(leads, judged.agreement(), judged.context(), period, clock.instant(), by, teamOf);
    }

    /** Leads with a clock that started in the period, or started before it and had not stopped by its start. */
    private List<String> leadsTouching(Instant from, Instant until) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT lead_id FROM sla_clock WHERE started_at < :until "
                        + "AND (started_at >= :from OR stopped_at IS NULL OR stopped_at >= :from) ORDER BY lead_id")
                .bind("from", ClockRows.utc(from)).bind("until", ClockRows.utc(until)).mapTo(String.class).list());
    }

    /** Said with every report, so nobody reads "(no team)" as a team. */
    public static final Map<String, String> NOTES = Map.of("teams",
            "by=team groups reps by their team in the directory of reps and teams as it is now; reps it does not "
                    + "know, or without a team, are under '(no team)'");
}
