package org.leadpact.app.exchange;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.exchange.Lifecycle.Kind;
import org.leadpact.app.exchange.Lifecycle.StageColumn;
import org.leadpact.app.exchange.Lifecycle.Step;
import org.leadpact.app.exchange.Mapping.Column;
import org.leadpact.lead.Stage;

/** Reads a mapping file's {@code join} and {@code lifecycle} keys (docs/import-export.md). */
final class LifecycleReader {
    static final String[] KEYS = {"stage", "handOff", "opportunity", "won", "lost"};
    static final String[] JOIN_KEYS = {"file", "on", "key"};
    /** The stages a row's stage column may name: where an imported history can end. */
    static final List<Stage> ENDS = List.of(Stage.NEW, Stage.MQL, Stage.HANDED_OFF, Stage.OPPORTUNITY, Stage.WON,
            Stage.LOST);

    private LifecycleReader() {
    }

    static Join join(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        String file = o.get("file", true, b::text);
        Column on = o.get("on", true, (n, p) -> column(b, n, p));
        String key = o.get("key", false, b::text);
        o.done(JOIN_KEYS);
        return file == null || on == null ? null : new Join(file, on, key != null ? key : on.name(), path,
                b.lineOf(path));
    }

    static Lifecycle lifecycle(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        StageColumn stage = o.get("stage", false, (n, p) -> stage(b, n, p));
        Step handOff = o.get("handOff", false, (n, p) -> step(b, n, p, Kind.HAND_OFF));
        Step opportunity = o.get("opportunity", false, (n, p) -> step(b, n, p, Kind.OPPORTUNITY));
        Step won = o.get("won", false, (n, p) -> step(b, n, p, Kind.WON));
        Step lost = o.get("lost", false, (n, p) -> step(b, n, p, Kind.LOST));
        o.done(KEYS);
        if ((won != null || lost != null) && opportunity == null || opportunity != null && handOff == null) {
            b.problem(b.lineOf(path), path, "a won or lost deal needs the opportunity step, and an opportunity the "
                    + "hand-off (a lead reaches sales through them)");
            return null;
        }
        return new Lifecycle(stage, handOff, opportunity, won, lost);
    }

    private static Step step(Binder b, YamlNode node, String path, Kind kind) {
        Binder.Obj o = b.obj(node, path);
        Column at = o.get("at", true, (n, p) -> column(b, n, p));
        Column when = o.get("when", false, (n, p) -> column(b, n, p));
        Column rep = o.get("rep", kind == Kind.HAND_OFF, (n, p) -> column(b, n, p));
        Column amount = o.get("amount", kind == Kind.WON, (n, p) -> column(b, n, p));
        Column reason = kind == Kind.LOST ? o.get("reason", false, (n, p) -> column(b, n, p)) : null;
        Column actor = kind == Kind.WON || kind == Kind.LOST ? o.get("actor", false, (n, p) -> column(b, n, p)) : null;
        o.done(switch (kind) {
            case HAND_OFF -> new String[] {"at", "when", "rep"};
            case OPPORTUNITY -> new String[] {"at", "when"};
            case WON -> new String[] {"at", "when", "amount", "actor"};
            case LOST -> new String[] {"at", "when", "reason", "actor"};
        });
        return at == null ? null : new Step(kind, path, at, when, rep, amount, reason, actor);
    }

    private static StageColumn stage(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Column column = o.get("column", true, (n, p) -> column(b, n, p));
        Map<String, Stage> values = o.get("values", true, (n, p) -> stages(b, n, p));
        o.done("column", "values");
        return column == null || values == null ? null : new StageColumn(column, values);
    }

    private static Map<String, Stage> stages(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Map<String, Stage> values = new LinkedHashMap<>();
        String allowed = ENDS.stream().map(Stage::code).collect(Collectors.joining(", "));
        for (String value : o.keys()) {
            b.remember(o.path(value), o.entry(value).keyLine());
            Stage stage = b.word(o.entry(value).value(), o.path(value), LifecycleReader::end, allowed);
            if (stage == null) {
                return null;
            }
            values.put(value, stage);
        }
        return values;
    }

    private static Optional<Stage> end(String code) {
        return Arrays.stream(Stage.values()).filter(s -> s.code().equals(code) && ENDS.contains(s)).findFirst();
    }

    private static Column column(Binder b, YamlNode node, String path) {
        return MappingReader.column(b, node, path);
    }
}
