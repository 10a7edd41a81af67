package org.leadpact.app.view;

import static org.leadpact.app.view.BacktestTable.line;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.leadpact.backtest.BacktestReport;

/** The hand-offs part of the back-test table: per rep as they happened and under each agreement's routing. */
final class BacktestRouting {
    /** Reps shown in the table (those whose count changes most); every rep is in the JSON. */
    static final int SHOWN = 20;

    private BacktestRouting() {
    }

    static void handOffs(StringBuilder out, BacktestReport.HandOffs h) {
        line(out, "");
        if (!h.routingReplayed()) {
            line(out, "Hand-offs per rep (%s): %s", h.note(), h.perRep().isEmpty() ? "none" : counts(h.perRep()));
            return;
        }
        line(out, "Hand-offs per rep in the period (%s):", h.note());
        TreeSet<String> reps = new TreeSet<>(h.perRep().keySet());
        reps.addAll(h.baseline().perRep().keySet());
        reps.addAll(h.proposed().perRep().keySet());
        List<String> shown = reps.stream().sorted(Comparator.comparingInt((String rep) -> -Math.abs(
                count(h.proposed(), rep) - count(h.baseline(), rep))).thenComparing(rep -> rep)).limit(SHOWN)
                .sorted().toList();
        line(out, "%-24s %9s %9s %9s", "rep", "happened", "baseline", "proposed");
        for (String rep : shown) {
            line(out, "%-24s %9d %9d %9d", rep, h.perRep().getOrDefault(rep, 0), count(h.baseline(), rep),
                    count(h.proposed(), rep));
        }
        if (reps.size() > shown.size()) {
            line(out, "(%d more reps in the JSON; shown: the %d whose count changes most)", reps.size() - shown.size(),
                    shown.size());
        }
        line(out, "%-24s %9d %9d %9d", "total", h.perRep().values().stream().mapToInt(Integer::intValue).sum(),
                h.baseline().assigned(), h.proposed().assigned());
        line(out, "not routed (no one could take it): baseline %,d, proposed %,d", h.baseline().unrouted(),
                h.proposed().unrouted());
        line(out, "by clause: baseline %s; proposed %s", counts(h.baseline().byClause()), counts(h.proposed().byClause()));
    }

    private static int count(BacktestReport.Routed routed, String rep) {
        return routed.perRep().getOrDefault(rep, 0);
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
