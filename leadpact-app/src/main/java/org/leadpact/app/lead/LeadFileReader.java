package org.leadpact.app.lead;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.document.DocumentReader;
import org.leadpact.lifecycle.Command;

/**
 * Reads a lead file (JSON; YAML works too): {@code id}, {@code attributes} captured at
 * {@code capturedAt} (default: the first event), and {@code events}, each an activity or a sales
 * action, in the order they happened. The format is documented in docs/lead-file.md.
 */
public final class LeadFileReader {

    private LeadFileReader() {
    }

    public static LeadFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static LeadFile parse(String fileName, String content) {
        YamlNode root;
        try {
            root = new DocumentReader().read(content);
        } catch (DocumentReader.SyntaxError e) {
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
    static Map<String, String> attributes(Binder b, YamlNode node, String path) {
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
        Command command = CommandReader.command(b, o);
        o.done(CommandReader.KEYS);
        return command;
    }
}
