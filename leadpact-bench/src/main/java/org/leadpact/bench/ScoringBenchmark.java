package org.leadpact.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadpact.app.agreement.AgreementFileReader;
import org.leadpact.lead.Activity;
import org.leadpact.lead.LeadState;
import org.leadpact.lifecycle.LeadEngine;
import org.leadpact.lifecycle.Replay;
import org.leadpact.qualification.Qualifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring and replay throughput on the real X Education leads (9,240 leads) under
 * {@code examples/x-education.yaml}. One operation is a pass over every lead, so leads/s is ops/s
 * × 9,240 and events/s is ops/s × the total commands (printed at setup). The baseline walks the same
 * activities doing almost nothing, so each figure can be read as a multiple of that floor in the same
 * run. Run from the repository root (the data is found at {@code ../shared/data}):
 *
 * <pre>
 * mvn -q -DskipTests package
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar leadpact-bench/target/leadpact-bench.jar \
 *     ScoringBenchmark -f 1 -wi 3 -i 5
 * </pre>
 * Leads are independent and the engine is immutable, so {@code -t 2} shares the one state between
 * two threads without locks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
// A fixed heap, so that heap resizing does not add to the noise of a small shared machine.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScoringBenchmark {
    private LeadEngine engine;
    private LeadEngine wholeHistoryEngine;
    private Qualifier qualifier;
    private List<XEducationLead> leads;
    private LeadState[] states;
    private Instant[] reviewAt;

    @Setup
    public void load() throws IOException {
        Path csv = DataFiles.xEducationLeads().orElseThrow(() -> new IllegalStateException(
                "Leads.csv not found; run from the repository root or set -D" + DataFiles.LEADS_PROPERTY));
        var agreement = AgreementFileReader.read(DataFiles.xEducationAgreement()).orThrow();
        engine = new LeadEngine(agreement);
        wholeHistoryEngine = new LeadEngine(agreement, Qualifier.fromWholeHistory(agreement));
        qualifier = engine.qualifier();
        leads = XEducationLeads.read(csv);
        states = new LeadState[leads.size()];
        reviewAt = new Instant[leads.size()];
        long events = 0;
        long activities = 0;
        for (int i = 0; i < states.length; i++) {
            XEducationLead lead = leads.get(i);
            states[i] = Replay.run(engine, lead.id(), lead.commands()).state();
            reviewAt[i] = lead.reviewAt();
            events += lead.eventCount();
            activities += states[i].activities().size();
        }
        System.out.printf("%nX Education: %d leads, %d commands, %d activities%n", states.length, events, activities);
    }

    /**
     * Score and qualify every lead at its review instant from its whole history, with the full
     * explanation ({@link Qualifier#assessFully} scores, then qualifies).
     */
    @Benchmark
    public void scoreAllLeads(Blackhole blackhole) {
        for (int i = 0; i < states.length; i++) {
            blackhole.consume(qualifier.assessFully(states[i], reviewAt[i]));
        }
    }

    /**
     * Every lead's history through the engine, command by command, with a qualification check after
     * each input: the running qualification (each check continues from the previous one).
     */
    @Benchmark
    public void replayAllLeads(Blackhole blackhole) {
        for (XEducationLead lead : leads) {
            blackhole.consume(Replay.run(engine, lead.id(), lead.commands()));
        }
    }

    /** The same replay with every check worked out from the whole history: how replay ran before. */
    @Benchmark
    public void replayAllLeadsWholeHistory(Blackhole blackhole) {
        for (XEducationLead lead : leads) {
            blackhole.consume(Replay.run(wholeHistoryEngine, lead.id(), lead.commands()));
        }
    }

    /** The floor: touch every activity of every lead once and add up a field. */
    @Benchmark
    public void baselineSumEvents(Blackhole blackhole) {
        for (LeadState state : states) {
            long seconds = 0;
            for (Activity activity : state.activities()) {
                seconds += activity.durationSeconds();
            }
            blackhole.consume(seconds);
        }
    }
}
