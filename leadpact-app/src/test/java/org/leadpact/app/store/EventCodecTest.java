package org.leadpact.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.ActivityType;
import org.leadpact.lead.LeadEvent;

/** Activities written field by field are the mapper's text exactly, and read back as they were. */
class EventCodecTest {
    private final EventCodec codec = new EventCodec();

    @Provide
    Arbitrary<String> texts() {
        // Quotes, backslashes, control characters, non-Latin letters and surrogate pairs, and null.
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("\"\\/\n\t\r\u0000\u001féü€𝄞 <>&'").ofMaxLength(12),
                Arbitraries.just("https://acme.example/pricing?utm=spring&x=1")).injectNull(0.3);
    }

    @Property(tries = 2_000)
    void an_activity_is_written_as_the_mapper_writes_it(@ForAll @IntRange(min = 0, max = 100) int type,
            @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nanos, @ForAll("texts") String url,
            @ForAll("texts") String subject, @ForAll("texts") String campaign, @ForAll("texts") String question,
            @ForAll("texts") String answer, @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int duration,
            @ForAll("texts") String outcome, @ForAll("texts") String actor) {
        ActivityType kind = ActivityType.values()[type % ActivityType.values().length];
        Instant at = Instant.ofEpochSecond(seconds, nanos % 3 == 0 ? 0 : nanos);
        LeadEvent event = new ActivityRecorded(new Activity(kind, at, url, subject, campaign, question, answer, duration,
                outcome, actor));
        String written = codec.write(event);
        assertThat(written).isEqualTo(codec.writeByMapper(event));
        assertThat(codec.read(written)).isEqualTo(event);
    }
}
