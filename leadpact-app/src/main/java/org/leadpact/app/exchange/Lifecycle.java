package org.leadpact.app.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.leadpact.app.exchange.Mapping.Column;
import org.leadpact.lead.Stage;

/**
 * What a row tells of a lead's way through sales, for importing real histories: the hand-off to a rep,
 * the opportunity, and its win (with the amount) or loss, each at its own instant. The lead reaches
 * the furthest step the row tells of, through every step before it; marketing qualification comes
 * first, from the agreement (an activity of the row that qualifies the lead), as for any lead.
 *
 * @param stage the column naming how far each row's lead got, or null: then each step is told of by
 *              its {@code when} column having a value (without one: its {@code at} column, and a
 *              hand-off's {@code rep})
 */
public record Lifecycle(StageColumn stage, Step handOff, Step opportunity, Step won, Step lost) {

    /** The steps in the order a lead takes them (won and lost both end it; a row takes at most one). */
    public enum Kind { HAND_OFF, OPPORTUNITY, WON, LOST }

    /** A step and the columns it reads; {@code rep} for a hand-off, {@code amount} for a win. */
    public record Step(Kind kind, String path, Column at, Column when, Column rep, Column amount, Column reason,
                       Column actor) {
        /** The columns that must have a value for a row to tell of this step (without a stage column). */
        List<Column> tellingColumns() {
            return when != null ? List.of(when) : rep != null ? List.of(at, rep) : List.of(at);
        }

        Stream<Column> columns() {
            return Stream.of(at, when, rep, amount, reason, actor);
        }
    }

    /** A column naming each row's furthest stage, its values mapped to stages. */
    public record StageColumn(Column column, Map<String, Stage> values) {
        public StageColumn {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The steps in order, those the mapping gives. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>(4);
        Stream.of(handOff, opportunity, won, lost).filter(s -> s != null).forEach(steps::add);
        return steps;
    }

    Stream<Column> columns() {
        return Stream.concat(stage == null ? Stream.empty() : Stream.of(stage.column()),
                steps().stream().flatMap(Step::columns));
    }

    /** The stage a step takes a lead to. */
    static Stage reached(Kind kind) {
        return switch (kind) {
            case HAND_OFF -> Stage.HANDED_OFF;
            case OPPORTUNITY -> Stage.OPPORTUNITY;
            case WON -> Stage.WON;
            case LOST -> Stage.LOST;
        };
    }
}
