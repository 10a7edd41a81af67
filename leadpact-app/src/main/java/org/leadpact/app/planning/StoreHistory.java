package org.leadpact.app.planning;

import java.util.List;
import java.util.Optional;
import org.leadpact.app.store.LeadStore;
import org.leadpact.planning.OrderHistory;

/** The order figures of every lead history in the store, read a chunk of leads at a time. */
public final class StoreHistory {
    private static final int CHUNK = 1_000;

    private StoreHistory() {
    }

    public static Optional<OrderHistory> orders(LeadStore store) {
        OrderHistory.Tally tally = new OrderHistory.Tally();
        List<String> ids = store.leadIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            store.loadAll(chunk).values().forEach(state -> tally.add(state.history()));
        }
        return tally.figures();
    }
}
