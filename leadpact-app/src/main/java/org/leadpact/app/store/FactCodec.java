package org.leadpact.app.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.leadpact.lead.Stage;
import org.leadpact.reports.LeadFacts;
import org.leadpact.reports.OpportunityMove;

/**
 * A lead's facts as one compact JSON array (written and read with the streaming API: a million are read
 * when the server starts): {@code [created, [steps], won, source, campaign, offer, landingPage, segment,
 * company, owner, stage, lastSalesTouch, lastHandOff, [[stage, probability, at], ...]]}, null for none.
 */
public final class FactCodec {
    private static final JsonFactory JSON = new JsonFactory();

    public String write(LeadFacts f) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            g.writeNumber(f.created());
            g.writeStartArray();
            for (int i = 0; i < f.stepCount(); i++) {
                g.writeNumber(f.steps()[i]);
            }
            g.writeEndArray();
            if (f.wonAmount() == null) {
                g.writeNull();
            } else {
                g.writeNumber(f.wonAmount());
            }
            for (String s : new String[] {f.source(), f.campaign(), f.offer(), f.landingPage(), f.segment(), f.company(),
                f.owner(), f.stage().name()}) {
                g.writeString(s);
            }
            g.writeNumber(f.lastSalesTouch());
            g.writeNumber(f.lastHandOff());
            g.writeStartArray();
            for (OpportunityMove m : f.moves()) {
                g.writeStartArray();
                g.writeString(m.stage());
                g.writeNumber(m.probability());
                g.writeNumber(m.at());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The facts of lead {@code id}; {@code shared} may hand back one copy of each repeated text. */
    public LeadFacts read(String id, String json, UnaryOperator<String> shared) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            long created = nextLong(p);
            List<Long> steps = new ArrayList<>(8);
            p.nextToken();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                steps.add(p.getLongValue());
            }
            BigDecimal won = p.nextToken() == JsonToken.VALUE_NULL ? null : p.getDecimalValue();
            String[] texts = new String[8];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = p.nextToken() == JsonToken.VALUE_NULL ? null : shared.apply(p.getText());
            }
            long touch = nextLong(p);
            long handOff = nextLong(p);
            List<OpportunityMove> moves = new ArrayList<>(0);
            p.nextToken();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                p.nextToken();
                String stage = shared.apply(p.getText());
                int probability = (int) nextLong(p);
                long at = nextLong(p);
                p.nextToken();
                moves.add(new OpportunityMove(stage, probability, at));
            }
            return new LeadFacts(id, created, steps.stream().mapToLong(Long::longValue).toArray(), won, texts[0],
                    texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], Stage.valueOf(texts[7]), touch, handOff,
                    moves);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("stored facts of lead " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static long nextLong(JsonParser p) throws IOException {
        p.nextToken();
        return p.getLongValue();
    }
}
