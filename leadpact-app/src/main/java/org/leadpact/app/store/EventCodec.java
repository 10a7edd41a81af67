package org.leadpact.app.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityRecorded;
import org.leadpact.lead.AttributesChanged;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.OpportunityStageMoved;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.lead.StageChanged;

/**
 * Events as JSON in the log. The type names are part of the stored format: renaming one needs a
 * migration, so they are spelled out here rather than derived from class names.
 */
public final class EventCodec {
    private static final Map<Class<? extends LeadEvent>, String> NAMES = Map.of(
            AttributesChanged.class, "attributes-changed",
            ActivityRecorded.class, "activity-recorded",
            StageChanged.class, "stage-changed",
            OwnerAssigned.class, "owner-assigned",
            OpportunityStageMoved.class, "opportunity-stage-moved");

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({})
    private interface TypedEvent {
    }

    private final ObjectMapper json;
    private final com.fasterxml.jackson.databind.ObjectReader reader;
    private final com.fasterxml.jackson.databind.ObjectWriter writer;

    public EventCodec() {
        json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(LeadEvent.class, TypedEvent.class);
        // Registered after JavaTimeModule, so it wins: the log's instants are all in one form (see IsoInstants).
        json.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("leadpact-instants")
                .addDeserializer(java.time.Instant.class, new IsoInstants.Deserializer()));
        NAMES.forEach((type, name) -> json.registerSubtypes(new NamedType(type, name)));
        reader = json.readerFor(LeadEvent.class);
        writer = json.writerFor(LeadEvent.class);
    }

    /** Every event type name the log holds. */
    public static Collection<String> typeNames() {
        return List.copyOf(new TreeSet<>(NAMES.values()));
    }

    public String typeName(LeadEvent event) {
        return NAMES.get(event.getClass());
    }

    public String write(LeadEvent event) {
        try {
            return event instanceof ActivityRecorded recorded ? write(recorded.activity())
                    : writer.writeValueAsString(event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write event " + event, e);
        }
    }

    /**
     * An activity, almost every event an ingest appends, written field by field: the same text the
     * mapper writes (a test holds them together), without its reflective bean serializer, which was a
     * tenth of an ingest's server time.
     */
    private String write(Activity a) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter(256);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", NAMES.get(ActivityRecorded.class));
            g.writeFieldName("activity");
            g.writeStartObject();
            g.writeStringField("type", a.type().name());
            g.writeStringField("at", a.at().toString());
            g.writeStringField("url", a.url());
            g.writeStringField("subject", a.subject());
            g.writeStringField("campaign", a.campaign());
            g.writeStringField("question", a.question());
            g.writeStringField("answer", a.answer());
            g.writeNumberField("durationSeconds", a.durationSeconds());
            g.writeStringField("outcome", a.outcome());
            g.writeStringField("actor", a.actor());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }

    /** What the mapper alone writes for this event: the reference the field-by-field writing is held to. */
    String writeByMapper(LeadEvent event) {
        try {
            return writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event, e);
        }
    }

    public LeadEvent read(String payload) {
        try {
            return reader.readValue(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The same from the payload's UTF-8 bytes, as a log scan reads them. */
    public LeadEvent read(byte[] payload) {
        try {
            return reader.readValue(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event cannot be read: " + e.getOriginalMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
