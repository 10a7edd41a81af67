package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OwnerAssigned;

/** The log's instants read fast, and exactly as {@link Instant#parse} reads them. */
class IsoInstantsTest {
    @Property(tries = 5_000)
    void every_instant_the_log_writes_reads_back_the_same(
            @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long seconds, // years 1 to 9999
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll @IntRange(min = 0, max = 3) int precision) {
        long unit = switch (precision) {
            case 0 -> 1_000_000_000L;
            case 1 -> 1_000_000L;
            case 2 -> 1_000L;
            default -> 1L;
        };
        Instant at = Instant.ofEpochSecond(seconds, nanos / unit * unit);
        assertThat(IsoInstants.parse(at.toString())).isEqualTo(at).isEqualTo(Instant.parse(at.toString()));
    }

    @Test
    void other_forms_go_to_the_general_parser() {
        for (String text : new String[] {"2026-03-01T14:02:00.5Z", "2016-12-31T23:59:60Z", "2026-03-01T15:02:00+01:00",
                "+12026-03-01T14:02:00Z", "2026-03-01T14:02:00.1234567Z",
                "2026-01-01T24:00:00Z", "2026-01-01T10:00:00.Z"}) {
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void impossible_dates_and_bad_digits_are_refused_as_the_general_parser_refuses_them() {
        for (String text : new String[] {"2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z",
                "2026-0a-01T10:00:00Z", "2026-01-01 10:00:00Z"}) {
            assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void the_codec_reads_events_from_text_and_from_bytes_alike() {
        EventCodec codec = new EventCodec();
        LeadEvent event = new OwnerAssigned(Instant.parse("2026-03-01T14:02:00.123Z"), "alice", "router", "rule east",
                "2027.1", "routing.rules[east]");
        String json = codec.write(event);
        assertThat(codec.read(json)).isEqualTo(event);
        assertThat(codec.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(event);
        assertThatThrownBy(() -> codec.read(json.replace("2026-03-01T14:02:00.123Z", "2026-02-30T14:02:00Z")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("stored event cannot be read");
    }
}
