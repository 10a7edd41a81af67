package org.leadpact.app.simulation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.leadpact.app.store.BulkWriter;
import org.leadpact.app.store.Database;
import org.leadpact.app.store.LeadStore;
import org.leadpact.lead.LeadState;

/**
 * Loads simulated leads into the store fast: PostgreSQL {@code COPY}, batched inserts on the embedded
 * database (see {@link BulkWriter}), a chunk of leads per transaction. The stream is consumed on a
 * thread of its own while the caller's thread writes, so generating and writing overlap on two cores;
 * at most a few chunks are in memory. The rows are those the server's append path writes (a test
 * compares them, report facts included), each event recorded at the instant it happened by {@value #RECORDED_BY}; reading,
 * {@code rebuild} and the API work on them as on any other.
 *
 * <pre>{@code
 * BulkLoader.Loaded loaded = BulkLoader.load(database, Simulation.stream(config));
 * }</pre>
 *
 * For a store that does not hold these leads yet. The agreement the events were decided under must be
 * stored and active for the API to act on them (the {@code simulate} command and the demo do that).
 */
public final class BulkLoader {
    public static final String RECORDED_BY = "simulation";
    /** Leads per transaction: large enough that commits cost little, small enough to stay in memory. */
    static final int CHUNK = 2_000;
    private static final List<LeadState> END = List.of();

    private BulkLoader() {
    }

    /** What was loaded, and how long it took (generation included, when the stream generates). */
    public record Loaded(long leads, long events, long nanos) {
        public double eventsPerSecond() {
            return nanos == 0 ? 0 : events * 1e9 / nanos;
        }
    }

    public static Loaded load(Database db, Stream<SimulatedLead> leads) {
        return load(db, List.of(), leads, done -> { });
    }

    /**
     * As {@link #load(Database, Stream)}, each chunk also handed to {@code listeners} in its transaction, as
     * the server's appends are (its SLA clock table: {@code ApiServer.bulkListeners()}).
     */
    public static Loaded load(Database db, List<LeadStore.AppendListener> listeners, Stream<SimulatedLead> leads) {
        return load(db, listeners, leads, done -> { });
    }

    /** As {@link #load(Database, List, Stream)}, telling {@code progress} how many leads are loaded after each chunk. */
    public static Loaded load(Database db, List<LeadStore.AppendListener> listeners, Stream<SimulatedLead> leads,
                              LongConsumer progress) {
        BulkWriter writer = new BulkWriter(db, RECORDED_BY, listeners);
        BlockingQueue<List<LeadState>> chunks = new ArrayBlockingQueue<>(2);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long start = System.nanoTime();
        Thread producer = Thread.ofPlatform().name("leadpact-simulation").daemon().start(() -> {
            try {
                produce(leads.iterator(), chunks);
                chunks.put(END);
            } catch (InterruptedException stopped) {
                // the writer failed and stopped us
            } catch (RuntimeException | Error e) {
                failed.set(e);
                chunks.clear(); // nothing more is written: the load fails
                chunks.offer(END);
            }
        });
        long count = 0;
        long events = 0;
        try {
            for (List<LeadState> chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                writer.write(chunk);
                count += chunk.size();
                events += chunk.stream().mapToLong(s -> s.history().size()).sum();
                progress.accept(count);
            }
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } finally {
            producer.interrupt();
        }
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        } else if (failed.get() instanceof Error e) {
            throw e;
        }
        return new Loaded(count, events, System.nanoTime() - start);
    }

    private static void produce(Iterator<SimulatedLead> leads, BlockingQueue<List<LeadState>> chunks)
            throws InterruptedException {
        List<LeadState> chunk = new ArrayList<>(CHUNK);
        while (leads.hasNext()) {
            chunk.add(leads.next().state());
            if (chunk.size() == CHUNK) {
                chunks.put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.put(chunk);
        }
    }
}
