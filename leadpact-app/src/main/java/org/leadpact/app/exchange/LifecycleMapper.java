package org.leadpact.app.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.leadpact.app.exchange.Lifecycle.Kind;
import org.leadpact.app.exchange.Lifecycle.Step;
import org.leadpact.app.exchange.Mapping.Column;
import org.leadpact.lead.Stage;

/**
 * The lifecycle steps one row tells of. A step dated before the step before it (a deal won before its
 * first contact) is not refused: it is recorded at the earlier step's instant, so the history runs
 * forward, and the row carries a note saying so, which the import summary counts.
 */
final class LifecycleMapper {
    private final Lifecycle lifecycle;

    LifecycleMapper(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** @param value the cleaned-up value of a column of the row, null when not known */
    List<ImportStep> steps(Function<Column, String> value, Instant rowAt, List<String> problems, Set<String> notes) {
        List<Step> taken = taken(value, problems);
        List<ImportStep> steps = new ArrayList<>(taken.size());
        Instant previous = rowAt;
        String previousName = "the row's instant";
        for (Step step : taken) {
            String at = value.apply(step.at());
            Instant instant = at == null ? null : Instants.parse(at);
            if (instant == null) {
                problems.add(step.at().name() + ": " + (at == null ? "no value" : "'" + at + "' is not " + Instants.FORMS)
                        + " (" + step.path() + " needs its instant)");
                continue;
            }
            if (instant.isBefore(previous)) {
                notes.add(step.path() + ": " + step.at().name() + " before " + previousName
                        + ", recorded at that instant");
                instant = previous;
            }
            previous = instant;
            previousName = step.at().name();
            ImportStep s = step(step, instant, value, problems);
            if (s != null) {
                steps.add(s);
            }
        }
        return problems.isEmpty() ? steps : List.of();
    }

    private ImportStep step(Step step, Instant at, Function<Column, String> value, List<String> problems) {
        String rep = step.rep() == null ? null : value.apply(step.rep());
        if (step.kind() == Kind.HAND_OFF && rep == null) {
            problems.add(step.rep().name() + ": no value (" + step.path() + " needs the rep)");
            return null;
        }
        BigDecimal amount = null;
        if (step.kind() == Kind.WON) {
            String text = value.apply(step.amount());
            try {
                amount = new BigDecimal(text.replace(",", ""));
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(step.amount().name() + ": " + (text == null ? "no value" : "'" + text + "' is not an amount")
                        + " (" + step.path() + " needs the amount won)");
                return null;
            }
        }
        return new ImportStep(step.kind(), at, rep, amount, step.reason() == null ? null : value.apply(step.reason()),
                step.actor() == null ? null : value.apply(step.actor()));
    }

    /** The steps the row's lead takes, in order: up to the furthest the row tells of. */
    private List<Step> taken(Function<Column, String> value, List<String> problems) {
        Stage end = lifecycle.stage() != null ? stageOf(value, problems) : told(value, problems);
        if (end == null) {
            return List.of();
        }
        List<Step> taken = new ArrayList<>();
        for (Step step : lifecycle.steps()) {
            if (reaches(end, step.kind())) {
                taken.add(step);
            }
        }
        for (Kind needed : Kind.values()) {
            if (reaches(end, needed) && taken.stream().noneMatch(s -> s.kind() == needed)) {
                problems.add(lifecycle.stage().column().name() + ": the lead got to " + end.code() + ", but the mapping "
                        + "has no lifecycle step for " + Lifecycle.reached(needed).code());
            }
        }
        return taken;
    }

    private static boolean reaches(Stage end, Kind kind) {
        return switch (kind) {
            case HAND_OFF -> end == Stage.HANDED_OFF || end == Stage.OPPORTUNITY || end == Stage.WON || end == Stage.LOST;
            case OPPORTUNITY -> end == Stage.OPPORTUNITY || end == Stage.WON || end == Stage.LOST;
            case WON -> end == Stage.WON;
            case LOST -> end == Stage.LOST;
        };
    }

    private Stage stageOf(Function<Column, String> value, List<String> problems) {
        Column column = lifecycle.stage().column();
        String text = value.apply(column);
        Stage stage = text == null ? null : lifecycle.stage().values().get(text);
        if (stage == null) {
            problems.add(column.name() + ": " + (text == null ? "no value" : "'" + text + "'") + " names no stage (map "
                    + "it in lifecycle.stage.values: " + String.join(", ", lifecycle.stage().values().keySet()) + ")");
        }
        return stage;
    }

    /** Without a stage column: the furthest step whose telling column has a value. */
    private Stage told(Function<Column, String> value, List<String> problems) {
        Stage end = Stage.NEW;
        boolean won = false;
        boolean lost = false;
        for (Step step : lifecycle.steps()) {
            if (step.tellingColumns().stream().allMatch(c -> value.apply(c) != null)) {
                end = Lifecycle.reached(step.kind());
                won |= step.kind() == Kind.WON;
                lost |= step.kind() == Kind.LOST;
            }
        }
        if (won && lost) {
            problems.add("the row tells of both a win and a loss (lifecycle.won, lifecycle.lost)");
            return null;
        }
        return end;
    }
}
