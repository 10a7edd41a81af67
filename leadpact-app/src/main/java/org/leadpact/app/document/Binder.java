package org.leadpact.app.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.leadpact.agreement.AgreedDuration;
import org.leadpact.app.store.IsoInstants;

/**
 * Turns {@link YamlNode}s into values while collecting every problem with its path and line. Each
 * reader returns null after recording a problem, so reading goes on and all problems are reported.
 * Every path visited is remembered, so later problems (from the core's checks) find their line too.
 */
public final class Binder {
    public record Problem(int line, String path, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    /** Paths visited and their lines, put into {@link #lines} only when a problem needs a line. */
    private final List<String> visited = new ArrayList<>();
    private int[] visitedLines = new int[16];

    public List<Problem> problems() {
        return problems;
    }

    /** A problem at a path: on the line of its key when the path came from one, else on the node's line. */
    public void problem(YamlNode node, String path, String message) {
        Integer keyLine = lines().get(path);
        problems.add(new Problem(keyLine != null ? keyLine : node == null ? lineOf(path) : node.line(), path, message));
    }

    public void problem(int line, String path, String message) {
        problems.add(new Problem(line, path, message));
    }

    /** The line of a path, or of its nearest ancestor that exists in the file. */
    public int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines().get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }

    /** Remembers the line of a path; the first line given for a path stays. */
    public void remember(String path, int line) {
        // Cheap while nothing goes wrong: a request of 10,000 activities visits about 80,000 paths.
        if (visited.size() == visitedLines.length) {
            visitedLines = java.util.Arrays.copyOf(visitedLines, visitedLines.length * 2);
        }
        visitedLines[visited.size()] = line;
        visited.add(path);
    }

    private Map<String, Integer> lines() {
        for (int i = 0; i < visited.size(); i++) {
            lines.putIfAbsent(visited.get(i), visitedLines[i]);
        }
        visited.clear();
        return lines;
    }

    /** Builds a value whose constructor checks itself; its complaint becomes a problem at this node. */
    public <T> T attempt(YamlNode node, String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(node, path, e.getMessage() == null ? "is not valid" : e.getMessage());
            return null;
        }
    }

    public Obj obj(YamlNode node, String path) {
        remember(path, node.line());
        if (node instanceof YamlNode.Mapping m) {
            return new Obj(m, path);
        }
        problem(node, path, "must be a mapping (key: value lines), not " + node.kind());
        return new Obj(new YamlNode.Mapping(node.line(), Map.of()), path);
    }

    /** The items of a list, each with its path; a single scalar is not accepted as a list. */
    public <T> List<T> list(YamlNode node, String path, BiFunction<YamlNode, String, T> item) {
        remember(path, node.line());
        if (!(node instanceof YamlNode.Sequence s)) {
            problem(node, path, "must be a list, not " + node.kind());
            return null;
        }
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < s.items().size(); i++) {
            String itemPath = path + "[" + i + "]";
            remember(itemPath, s.items().get(i).line());
            T value = item.apply(s.items().get(i), itemPath);
            if (value == null) {
                ok = false;
            } else {
                values.add(value);
            }
        }
        return ok ? values : null;
    }

    public String text(YamlNode node, String path) {
        remember(path, node.line());
        if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL && !s.text().isBlank()) {
            return s.text();
        }
        problem(node, path, node instanceof YamlNode.Scalar ? "must not be empty" : "must be text, not " + node.kind());
        return null;
    }

    public Integer wholeNumber(YamlNode node, String path) {
        remember(path, node.line());
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.WHOLE_NUMBER) {
            try {
                return Integer.valueOf(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                problem(node, path, "is too large");
                return null;
            }
        }
        problem(node, path, "must be a whole number");
        return null;
    }

    public Double number(YamlNode node, String path) {
        remember(path, node.line());
        if (node instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.Scalar.Type.WHOLE_NUMBER || s.type() == YamlNode.Scalar.Type.DECIMAL)) {
            return Double.valueOf(s.text().replace("_", ""));
        }
        problem(node, path, "must be a number");
        return null;
    }

    public Boolean bool(YamlNode node, String path) {
        remember(path, node.line());
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Boolean.valueOf(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        problem(node, path, "must be true or false");
        return null;
    }

    public LocalDate date(YamlNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(node, path, "must be a date like 2027-01-01, not '" + text + "'");
            return null;
        }
    }

    /** An instant with an offset (2026-12-15T10:00:00Z), or a date (taken as midnight UTC). */
    public Instant instant(YamlNode node, String path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            // UTC instants (most of an ingest's) without the general formatter, a twentieth of a batch's time.
            return text.length() >= 20 && text.endsWith("Z") ? IsoInstants.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problem(node, path, "must be a date-time with offset like 2026-12-15T10:00:00Z, not '" + text + "'");
            return null;
        }
    }

    public AgreedDuration duration(YamlNode node, String path) {
        String text = text(node, path);
        return text == null ? null : attempt(node, path, () -> AgreedDuration.parse(text));
    }

    /** A word from a closed vocabulary, e.g. an activity type; lists the allowed words when wrong. */
    public <T> T word(YamlNode node, String path, Function<String, java.util.Optional<T>> lookup, String allowed) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        java.util.Optional<T> value = lookup.apply(text.strip());
        if (value.isEmpty()) {
            problem(node, path, "'" + text + "' is not one of: " + allowed);
            return null;
        }
        return value.get();
    }

    /** A mapping being read: fetch keys by name, then {@link #done()} reports any key nobody asked for. */
    public final class Obj {
        private final YamlNode.Mapping node;
        private final String path;
        private final Set<String> read = new HashSet<>();

        Obj(YamlNode.Mapping node, String path) {
            this.node = node;
            this.path = path;
        }

        public String path() {
            return path;
        }

        public YamlNode node() {
            return node;
        }

        public String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        public boolean has(String key) {
            return node.entries().containsKey(key);
        }

        /** The value under a key, or null (and a problem) when a required key is missing. */
        public YamlNode required(String key) {
            read.add(key);
            YamlNode.Entry entry = node.entries().get(key);
            if (entry == null) {
                problem(lineOf(path), path(key), "is required");
                return null;
            }
            remember(path(key), entry.keyLine());
            return entry.value();
        }

        public YamlNode optional(String key) {
            read.add(key);
            YamlNode.Entry entry = node.entries().get(key);
            if (entry != null) {
                remember(path(key), entry.keyLine());
            }
            return entry == null || isNull(entry.value()) ? null : entry.value();
        }

        public <T> T get(String key, boolean required, BiFunction<YamlNode, String, T> reader) {
            read.add(key);
            YamlNode.Entry entry = node.entries().get(key);
            if (entry == null) {
                if (required) {
                    problem(lineOf(path), path(key), "is required");
                }
                return null; // an absent optional key: no path to make or remember
            }
            String at = path(key);
            remember(at, entry.keyLine());
            YamlNode value = entry.value();
            return required || !isNull(value) ? value == null ? null : reader.apply(value, at) : null;
        }

        public <T> T get(String key, boolean required, BiFunction<YamlNode, String, T> reader, T fallback) {
            T value = get(key, required, reader);
            return value == null ? fallback : value;
        }

        public List<String> keys() {
            return List.copyOf(node.entries().keySet());
        }

        public YamlNode.Entry entry(String key) {
            read.add(key);
            return node.entries().get(key);
        }

        /** Unknown keys are errors: a typo must never be silently ignored. */
        public void done(String... allowed) {
            for (Map.Entry<String, YamlNode.Entry> e : node.entries().entrySet()) {
                if (!read.contains(e.getKey()) && List.of(allowed).contains(e.getKey())) {
                    problem(e.getValue().keyLine(), path(e.getKey()), "does not apply here");
                } else if (!read.contains(e.getKey())) {
                    String known = String.join(", ", allowed);
                    String hint = Spelling.closest(e.getKey(), List.of(allowed))
                            .map(s -> " (did you mean '" + s + "'?)").orElse("");
                    problem(e.getValue().keyLine(), path(e.getKey()), "unknown key" + hint + "; known keys: " + known);
                }
            }
        }
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
    }
}
