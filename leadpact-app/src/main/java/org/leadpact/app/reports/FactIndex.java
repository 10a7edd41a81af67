package org.leadpact.app.reports;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.leadpact.app.store.LeadStore;
import org.leadpact.reports.LeadFacts;

/**
 * Every lead's facts in memory, for reports that answer in milliseconds: loaded from the store once (on
 * first use), then kept current by the store's append path, which hands over the new facts of every lead
 * it writes. Writes by another process (an import run beside the server) show after the next load, i.e.
 * a restart of the server. Repeated texts (sources, campaigns, reps) are kept once.
 */
public final class FactIndex implements Iterable<LeadFacts> {
    private final LeadStore store;
    private final ConcurrentHashMap<String, LeadFacts> facts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean loaded;

    public FactIndex(LeadStore store) {
        this.store = store;
        store.onFacts(this::changed);
    }

    private void changed(List<LeadFacts> changed) {
        changed.forEach(f -> facts.put(f.id(), f));
        version.incrementAndGet();
    }

    /** Grows with every write the index hears of: what was computed at one version holds until the next. */
    public long version() {
        return version.get();
    }

    /** Reads the stored facts unless done already; facts written since this index was made stay as they are. */
    public FactIndex load() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    store.backfillFacts();
                    store.forEachFacts(this::shared, f -> facts.putIfAbsent(f.id(), f));
                    loaded = true;
                }
            }
        }
        return this;
    }

    private String shared(String text) {
        if (text.length() > 64) {
            return text;
        }
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    public int size() {
        return load().facts.size();
    }

    @Override
    public Iterator<LeadFacts> iterator() {
        return load().facts.values().iterator();
    }
}
