package org.leadpact.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.ActivityType;

/**
 * The fast reading of plainly valid batches gives exactly the items the line-numbered reading gives,
 * and leaves every other body (one with a problem to report, or anything unusual) to that reading.
 */
class PlainBatchTest {
    /** One field of an item as JSON text: {@code "key": value}. */
    private static Arbitrary<String> field(String key, Arbitrary<String> value) {
        return value.map(v -> "\"" + key + "\": " + v);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> "\"" + s + "\""),
                Arbitraries.of("\"https://acme.example/pricing?x=1&y=\\\"2\\\"\"", "\"Zürich \\u00e9\\n\\ttab\"",
                        "\"\"", "\"   \"", "42", "true", "null", "\"\\ud834\\udd1e\""));
    }

    private static Arbitrary<String> at() {
        return Arbitraries.of("\"2026-11-21T16:00:00Z\"", "\"2026-11-21T16:00:00.5Z\"", "\"2026-11-21T16:00:00.123456Z\"",
                "\"2026-11-21\"", "\"2026-11-21T17:00:00+01:00\"", "\"2026-02-30T10:00:00Z\"", "\"yesterday\"", "12", "null");
    }

    private static Arbitrary<String> type() {
        List<String> codes = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            codes.add("\"" + t.code() + "\"");
        }
        codes.addAll(List.of("\"attributes\"", "\"bogus\"", "null", "7"));
        return Arbitraries.of(codes);
    }

    @Provide
    Arbitrary<String> items() {
        Arbitrary<String> ref = Arbitraries.of("leadId", "email", "externalId", "visitorId")
                .flatMap(key -> field(key, text()));
        Arbitrary<String> optional = Arbitraries.oneOf(field("url", text()), field("subject", text()),
                field("campaign", text()), field("question", text()), field("answer", text()), field("actor", text()),
                field("eventId", text()), field("durationSeconds", Arbitraries.of("0", "75", "-1", "3000000000", "1.5",
                        "\"9\"")), field("outcome", text()), field("rep", text()), field("unknown", text()));
        Arbitrary<List<String>> rest = optional.list().ofMaxSize(5);
        Arbitrary<List<String>> refs = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, ref.list().ofSize(1)), net.jqwik.api.Tuple.of(1, ref.list().ofSize(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of())));
        Arbitrary<String> typeField = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, field("type", type())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
        Arbitrary<String> atField = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, field("at", at())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
        return Combinators.combine(refs, typeField, atField, rest).as((r, t, a, o) -> {
            List<String> fields = new ArrayList<>(r);
            if (!t.isEmpty()) {
                fields.add(t);
            }
            if (!a.isEmpty()) {
                fields.add(a);
            }
            fields.addAll(o);
            return "{" + String.join(", ", fields) + "}";
        });
    }

    @Property(tries = 3_000)
    void a_batch_read_fast_is_read_as_the_line_numbered_reading_reads_it(
            @ForAll @Size(max = 8) List<@From("items") String> items) {
        String body = "{\"activities\": [" + String.join(", ", items) + "]}";
        List<ActivityRoutes.Item> fast = PlainBatch.read(body.getBytes(StandardCharsets.UTF_8));
        List<ActivityRoutes.Item> full = ActivityRoutes.batchItems(Requests.json(body));
        boolean allValid = full.stream().allMatch(i -> i.problems().isEmpty());
        Statistics.label("read fast").collect(fast != null);
        if (fast != null) {
            assertThat(fast).isEqualTo(full);
        }
        // Only what has no problem may be read fast (the other way round it may decline, e.g. "url": 42).
        assertThat(fast == null || allValid).isTrue();
    }

    @Test
    void a_plain_batch_is_read_fast_and_anything_unusual_is_left_to_the_other_reading() {
        String item = "{\"email\": \"dana@northwind.example\", \"type\": \"page-view\", \"at\": \"2026-11-21T16:00:00Z\", "
                + "\"url\": \"https://acme.example/pricing\", \"durationSeconds\": 40, \"eventId\": \"ga-1\"}";
        String body = "{\"activities\": [" + item + ", " + item.replace("ga-1", "ga-2") + "]}";
        assertThat(PlainBatch.read(body.getBytes(StandardCharsets.UTF_8))).hasSize(2)
                .isEqualTo(ActivityRoutes.batchItems(Requests.json(body)));
        for (String unusual : List.of(body.replace("\"url\"", "\"rep\""), body.replace("40", "-40"),
                body.replace("page-view", "sales-call"), body.replace("16:00:00Z", "16:00:00+00:00"),
                body.replace("\"eventId\": \"ga-1\"", "\"eventId\": \"ga-1\", \"eventId\": \"ga-3\""),
                body + " {}", body.replace("]}", "], \"more\": 1}"), body.substring(0, body.length() - 3),
                "[" + item + "]", item)) {
            assertThat(PlainBatch.read(unusual.getBytes(StandardCharsets.UTF_8))).as(unusual).isNull();
        }
    }
}
