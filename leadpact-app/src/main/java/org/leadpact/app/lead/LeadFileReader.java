package org.leadpact.app.lead;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.agreement.Disposition;
import org.leadpact.agreement.RecycleReason;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.document.YamlTreeReader;
import org.leadpact.lead.Activity;
import org.leadpact.lead.ActivityType;
import org.leadpact.lifecycle.Command;

/**
 * Reads a lead file (JSON; YAML works too): {@code id}, {@code attributes} captured at
 * {@code capturedAt} (default: the first event), and {@code events}, each an activity or a sales
 * action, in the order they happened. The format is documented in docs/lead-file.md.
 */
public final class LeadFileReader {
    private static final String[] EVENT_KEYS = {"at", "type", "url", "subject", "campaign", "question", "answer",
        "durationSeconds", "outcome", "set", "source", "rep", "actor", "why", "disposition", "note", "stage", "amount",
        "reason"};
    static final List<String> ACTIONS = List.of("attributes", "hand-off", "disposition", "open-opportunity",
            "opportunity-stage", "close-won", "close-lost", "recycle", "disqualify", "reevaluate");

    private LeadFileReader() {
    }

    public static LeadFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static LeadFile parse(String fileName, String content) {
        YamlNode root;
        try {
            root = new YamlTreeReader().read(content);
        } catch (YamlTreeReader.SyntaxError e) {
            return new LeadFile("?", List.of(), List.of(),
                    List.of(new FileProblem(fileName, e.line(), "", e.getMessage())));
        }
        Binder b = new Binder();
        Binder.Obj o = b.obj(root, "");
        String id = o.get("id", true, b::text);
        Map<String, String> attributes = o.get("attributes", false, (n, p) -> attributes(b, n, p), Map.of());
        Instant capturedAt = o.get("capturedAt", false, b::instant);
        List<Command> events = o.get("events", false, (n, p) -> b.list(n, p, (item, ip) -> event(b, item, ip)),
                List.of());
        o.done("id", "attributes", "capturedAt", "events");
        List<Command> commands = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (!attributes.isEmpty()) {
            Instant at = capturedAt != null ? capturedAt
                    : events.stream().map(Command::at).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            commands.add(new Command.UpdateAttributes(at, attributes, "lead file"));
            sources.add("attributes");
        }
        commands.addAll(events);
        for (int i = 0; i < events.size(); i++) {
            sources.add("events[" + i + "]");
        }
        List<FileProblem> problems = b.problems().stream()
                .map(p -> new FileProblem(fileName, p.line(), p.path(), p.message())).toList();
        return new LeadFile(id == null ? "?" : id, commands, sources, problems);
    }

    /** Attribute values may be text or numbers; both are kept as text. */
    private static Map<String, String> attributes(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : o.keys()) {
            YamlNode value = o.entry(key).value();
            if (value instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
                values.put(key, s.text());
            } else if (!(value instanceof YamlNode.Scalar)) {
                b.problem(value, o.path(key), "an attribute is text or a number, not " + value.kind());
            }
        }
        return values;
    }

    private static Command event(Binder b, YamlNode node, String path) {
        Binder.Obj o = b.obj(node, path);
        Instant at = o.get("at", true, b::instant);
        String type = o.get("type", true, b::text);
        Command command = null;
        if (type != null && at != null) {
            var activityType = ActivityType.fromCode(type);
            command = activityType.isPresent() ? activity(b, o, activityType.get(), at) : action(b, o, type, at);
        } else {
            o.keys().forEach(o::optional);
        }
        o.done(EVENT_KEYS);
        return command;
    }

    private static Command activity(Binder b, Binder.Obj o, ActivityType type, Instant at) {
        Integer seconds = o.get("durationSeconds", false, b::wholeNumber, 0);
        return b.attempt(o.node(), o.path(), () -> new Command.RecordActivity(new Activity(type, at,
                o.get("url", false, b::text), o.get("subject", false, b::text), o.get("campaign", false, b::text),
                o.get("question", false, b::text), o.get("answer", false, b::text), seconds,
                o.get("outcome", false, b::text), o.get("actor", false, b::text))));
    }

    private static Command action(Binder b, Binder.Obj o, String type, Instant at) {
        String actor = o.get("actor", false, b::text, "lead file");
        return switch (type) {
            case "attributes" -> new Command.UpdateAttributes(at,
                    o.get("set", true, (n, p) -> attributes(b, n, p), Map.of()), o.get("source", false, b::text));
            case "hand-off" -> new Command.HandOff(at, o.get("rep", true, b::text), actor, o.get("why", false, b::text));
            case "disposition" -> new Command.SetDisposition(at, o.get("disposition", true, (n, p) -> b.word(n, p,
                    Disposition::fromCode, String.join(", ", Disposition.codes()))), actor, o.get("note", false, b::text));
            case "open-opportunity" -> new Command.OpenOpportunity(at, actor);
            case "opportunity-stage" -> new Command.MoveOpportunityStage(at, o.get("stage", true, b::text), actor);
            case "close-won" -> new Command.CloseWon(at, o.get("amount", true, (n, p) -> {
                Double amount = b.number(n, p);
                return amount == null ? null : BigDecimal.valueOf(amount);
            }), actor);
            case "close-lost" -> new Command.CloseLost(at, o.get("reason", true, b::text), actor);
            case "recycle" -> new Command.Recycle(at, o.get("reason", true, (n, p) -> b.word(n, p,
                    RecycleReason::fromCode, String.join(", ", RecycleReason.codes()))), actor,
                    o.get("note", false, b::text));
            case "disqualify" -> new Command.Disqualify(at, actor, o.get("reason", false, b::text));
            case "reevaluate" -> new Command.Reevaluate(at);
            default -> {
                b.problem(o.node(), o.path("type"), "'" + type + "' is neither an activity (" + ActivityType.allCodes()
                        + ") nor an action (" + String.join(", ", ACTIONS) + ")");
                o.keys().forEach(o::optional);
                yield null;
            }
        };
    }
}
