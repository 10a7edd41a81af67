package org.leadpact.app.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML document as a tree that remembers the line of every node, so problems can point at it. */
public sealed interface YamlNode {
    public int line();

    public String kind();

    public record Mapping(int line, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        public String kind() {
            return "a mapping";
        }
    }

    public record Entry(int keyLine, YamlNode value) {
    }

    public record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /** A scalar with how YAML typed it: a quoted "60" is text, a bare 60 a whole number. */
    public record Scalar(int line, String text, Type type) implements YamlNode {
        public enum Type { TEXT, WHOLE_NUMBER, DECIMAL, BOOLEAN, NULL }

        public String kind() {
            return switch (type) {
                case TEXT -> "text";
                case WHOLE_NUMBER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
                case NULL -> "empty";
            };
        }
    }
}
