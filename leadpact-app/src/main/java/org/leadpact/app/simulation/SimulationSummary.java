package org.leadpact.app.simulation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.app.store.EventCodec;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.Stage;
import org.leadpact.lead.StageChanged;

/**
 * What a simulation produced, counted from the events themselves: leads, events by type, and the
 * funnel (leads that became MQLs, opportunities opened, won and lost, won value). Feed it each lead.
 */
public final class SimulationSummary {
    private final EventCodec codec = new EventCodec();
    private final Map<String, Long> eventsByType = new TreeMap<>();
    private long leads;
    private long events;
    private long mqls;
    private long requalified;
    private long handedOff;
    private long opportunities;
    private long won;
    private long lost;
    private long refused;
    private BigDecimal wonValue = BigDecimal.ZERO;

    public void add(SimulatedLead lead) {
        leads++;
        refused += lead.refused();
        int qualified = 0;
        for (LeadEvent e : lead.events()) {
            events++;
            eventsByType.merge(codec.typeName(e), 1L, Long::sum);
            if (e instanceof StageChanged s) {
                qualified += s.to() == Stage.MQL ? 1 : 0;
                handedOff += s.to() == Stage.HANDED_OFF ? 1 : 0;
                opportunities += s.to() == Stage.OPPORTUNITY ? 1 : 0;
                lost += s.to() == Stage.LOST ? 1 : 0;
                if (s.to() == Stage.WON) {
                    won++;
                    wonValue = wonValue.add(s.amount());
                }
            }
        }
        mqls += qualified > 0 ? 1 : 0;
        requalified += qualified > 1 ? 1 : 0;
    }

    public long leads() {
        return leads;
    }

    public long events() {
        return events;
    }

    public Map<String, Long> eventsByType() {
        return Map.copyOf(eventsByType);
    }

    /** Leads that became an MQL at least once. */
    public long mqls() {
        return mqls;
    }

    public long won() {
        return won;
    }

    public long opportunities() {
        return opportunities;
    }

    public long refused() {
        return refused;
    }

    public BigDecimal wonValue() {
        return wonValue;
    }

    /** The summary as lines for a person. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%,d leads, %,d events (%,.1f per lead)%n", leads, events,
                leads == 0 ? 0.0 : (double) events / leads));
        eventsByType.forEach((type, n) -> b.append(String.format("  %-24s %,12d%n", type, n)));
        b.append(String.format("%,d MQLs (%.1f%% of leads; %,d qualified again after a recycle), %,d hand-offs%n",
                mqls, percent(mqls, leads), requalified, handedOff));
        b.append(String.format("%,d opportunities, %,d won, %,d lost, won value %,.0f%n", opportunities, won, lost,
                wonValue));
        if (refused > 0) {
            b.append(String.format("%,d commands refused by the engine%n", refused));
        }
        return b.toString();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
