package org.leadpact.app.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.leadpact.app.service.Leads.Incoming;
import org.leadpact.app.service.Leads.Result;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lifecycle.LeadEngine;

/**
 * Batches of activities take turns; those that arrive while one is being decided and appended wait,
 * and the next turn decides and appends all of them together, in one transaction. Concurrent batches
 * almost always share leads, so they would wait for each other's commit anyway. Together they cost
 * one COPY, one update of each lead's row (not one per batch) and one commit. Each request still gets
 * its own results, and all its items are committed, or none, as before; only others' may commit with
 * them. Requests of different actors, or decided under different agreement versions, are not mixed.
 */
final class GroupCommit {
    /** Items in one turn at most: a few full batches. */
    static final int MAX_ITEMS = 20_000;

    /**
     * One request's items, by index: their leads, which of them are still to decide, the payloads
     * written for them, and where their results go.
     */
    record Request(List<Incoming> items, String[] leadOf, List<Integer> pending, LeadEngine engine, String actor,
                   Result[] results, Map<Integer, LeadStore.NewEvent> encoded) {
    }

    /** Decides and appends a request's pending items, setting their results. */
    interface Work {
        void run(Request request);
    }

    private static final class Waiting {
        private final Request request;
        private boolean finished;
        private RuntimeException failure;

        Waiting(Request request) {
            this.request = request;
        }
    }

    private final ReentrantLock turn = new ReentrantLock();
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();

    /**
     * Runs the request in a turn of its own or with others; returns when its results are set.
     *
     * @throws RuntimeException what the turn that had it failed with (then no item of it was recorded)
     */
    void run(Request request, Work work) {
        Waiting mine = new Waiting(request);
        queue.add(mine);
        turn.lock();
        try {
            // The turn before may have taken this request: then its results are set already.
            if (!mine.finished) {
                run(take(mine), work);
            }
        } finally {
            turn.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many requests wait for a turn (the one in its turn not counted). */
    int waiting() {
        return queue.size();
    }

    /** This request, and those waiting that may go with it. */
    private List<Waiting> take(Waiting mine) {
        queue.remove(mine);
        List<Waiting> group = new ArrayList<>(List.of(mine));
        int items = mine.request.pending().size();
        for (Iterator<Waiting> it = queue.iterator(); it.hasNext(); ) {
            Waiting w = it.next();
            Request r = w.request;
            if (r.actor().equals(mine.request.actor()) && r.engine() == mine.request.engine()
                    && items + r.pending().size() <= MAX_ITEMS) {
                it.remove();
                group.add(w);
                items += r.pending().size();
            }
        }
        return group;
    }

    private static void run(List<Waiting> group, Work work) {
        try {
            if (group.size() == 1) {
                work.run(group.get(0).request);
            } else {
                runTogether(group, work);
            }
        } catch (RuntimeException e) {
            group.forEach(w -> w.failure = e);
        } finally {
            group.forEach(w -> w.finished = true);
        }
    }

    /** The requests' items one after the other, as one request; then each request's results back in place. */
    private static void runTogether(List<Waiting> group, Work work) {
        List<Incoming> items = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        Map<Integer, LeadStore.NewEvent> encoded = new HashMap<>();
        int[] offsets = new int[group.size()];
        for (int g = 0; g < group.size(); g++) {
            Request r = group.get(g).request;
            offsets[g] = items.size();
            items.addAll(r.items());
            for (int i : r.pending()) {
                pending.add(offsets[g] + i);
                encoded.put(offsets[g] + i, r.encoded().get(i));
            }
        }
        String[] leadOf = new String[items.size()];
        for (int g = 0; g < group.size(); g++) {
            String[] own = group.get(g).request.leadOf();
            System.arraycopy(own, 0, leadOf, offsets[g], own.length);
        }
        Request first = group.get(0).request;
        Result[] results = new Result[items.size()];
        work.run(new Request(items, leadOf, pending, first.engine(), first.actor(), results, encoded));
        for (int g = 0; g < group.size(); g++) {
            Request r = group.get(g).request;
            for (int i : r.pending()) {
                r.results()[i] = results[offsets[g] + i];
            }
        }
    }
}
