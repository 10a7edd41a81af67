package org.leadpact.app.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/**
 * Funnel counts read straight from the event log, for checking an import against its CSV files: a lead
 * counts in a stage when its history ever moved it there.
 */
final class LogCounts {
    long leads;
    long mqls;
    long handedOff;
    long opportunities;
    long won;
    long lost;
    BigDecimal wonValue = BigDecimal.ZERO;
    final Map<String, Long> leadsBySource = new TreeMap<>();
    final Map<String, Long> wonBySource = new TreeMap<>();
    final Map<String, Long> wonByOwner = new TreeMap<>();

    static LogCounts of(String dbUrl) {
        LogCounts counts = new LogCounts();
        try (Database database = Database.open(dbUrl)) {
            LeadStore store = new LeadStore(database);
            List<String> ids = store.leadIds();
            for (int i = 0; i < ids.size(); i += 1000) {
                store.loadAll(ids.subList(i, Math.min(ids.size(), i + 1000))).values().forEach(counts::add);
            }
        }
        return counts;
    }

    private void add(LeadState lead) {
        leads++;
        String source = lead.attributes().text("source").orElse("(none)");
        leadsBySource.merge(source, 1L, Long::sum);
        boolean mql = false;
        boolean handed = false;
        boolean opportunity = false;
        for (LeadEvent e : lead.history()) {
            if (e instanceof StageChanged s) {
                mql |= s.to() == Stage.MQL;
                handed |= s.to() == Stage.HANDED_OFF;
                opportunity |= s.to() == Stage.OPPORTUNITY;
                if (s.to() == Stage.WON) {
                    won++;
                    wonValue = wonValue.add(s.amount());
                    wonBySource.merge(source, 1L, Long::sum);
                    wonByOwner.merge(lead.owner(), 1L, Long::sum);
                }
                lost += s.to() == Stage.LOST ? 1 : 0;
            }
        }
        mqls += mql ? 1 : 0;
        handedOff += handed ? 1 : 0;
        opportunities += opportunity ? 1 : 0;
    }
}
