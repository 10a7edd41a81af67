package org.leadpact.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.leadpact.lead.Stage;

/**
 * The server's metrics in a Micrometer registry, scraped in the Prometheus text format. Metric names
 * follow Prometheus conventions once rendered ({@code leadpact.events.appended} is
 * {@code leadpact_events_appended_total}); docs/api.md lists them all.
 */
public final class PrometheusMetrics implements Metrics, AutoCloseable {
    /** What {@link #scrape()} returns: the Prometheus text exposition format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** Won, lost and disqualified leads are closed: nobody works them, so they are not counted as open. */
    private static final Set<Stage> CLOSED = EnumSet.of(Stage.WON, Stage.LOST, Stage.DISQUALIFIED);

    // Fixed buckets rather than percentile histograms: a dozen series per route, and quantiles can
    // still be estimated across instances with histogram_quantile().
    private static final Duration[] REQUEST_BUCKETS = millis(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000);
    private static final Duration[] LAG_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(1),
        Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1),
        Duration.ofDays(7)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** @param eventTypes every event type of the log, so each counter is scraped (at 0) before its first event */
    public PrometheusMetrics(Collection<String> eventTypes) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        gc.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        eventTypes.forEach(this::eventsAppended);
    }

    @Override
    public void eventAppended(String eventType) {
        eventsAppended(eventType).increment();
    }

    private Counter eventsAppended(String eventType) {
        return Counter.builder("leadpact.events.appended").description("Events appended to the lead event log")
                .tag("type", eventType).register(registry);
    }

    @Override
    public void activityArrived(String activityType, Duration lateness) {
        Timer.builder("leadpact.ingest.lag")
                .description("How long after it happened an activity reached LeadPact (recorded_at - occurred_at)")
                .tag("type", activityType).serviceLevelObjectives(LAG_BUCKETS).register(registry)
                .record(lateness.isNegative() ? Duration.ZERO : lateness);
    }

    /** One HTTP request answered; {@code route} is the route template, never the raw path. */
    public void requestServed(String method, String route, int status, Duration took) {
        Timer.builder("leadpact.http.server.requests").description("HTTP requests answered, and how long they took")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .serviceLevelObjectives(REQUEST_BUCKETS).register(registry).record(took);
    }

    /**
     * Publishes {@code leadpact_open_leads{stage}} for every open stage (0 when none) from lead counts
     * by stage code; {@code counts} should be cached, as each stage's gauge asks for it on every scrape.
     * The gauges hold {@code counts} strongly: by default Micrometer holds a gauge's object weakly, and
     * nothing else keeps this one.
     */
    public void watchOpenLeads(Supplier<Map<String, Long>> counts) {
        for (Stage stage : Stage.values()) {
            if (!CLOSED.contains(stage)) {
                String code = stage.code();
                Gauge.builder("leadpact.open.leads", counts, c -> c.get().getOrDefault(code, 0L))
                        .description("Leads in an open stage (not won, lost or disqualified), from the lead projection")
                        .tag("stage", code).strongReference(true).register(registry);
            }
        }
    }

    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private static Duration[] millis(long... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofMillis(values[i]);
        }
        return durations;
    }
}
