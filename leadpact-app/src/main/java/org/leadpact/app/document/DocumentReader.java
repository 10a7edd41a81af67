package org.leadpact.app.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams a YAML document (files) or a JSON one (request bodies) with Jackson into {@link YamlNode}s
 * carrying line numbers (Jackson's own tree model forgets them). Duplicate keys are reported, not
 * silently overwritten.
 */
public final class DocumentReader {
    private static final JsonFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column \\d+");

    public record Problem(int line, String path, String message) {
    }

    public static final class SyntaxError extends Exception {
        private final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final JsonFactory factory;

    /** A reader for YAML (agreement and lead files; JSON is YAML too). */
    public DocumentReader() {
        this(YAML);
    }

    private DocumentReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** A reader for strict JSON: request bodies, where speed matters and YAML's leniency does not. */
    public static DocumentReader json() {
        return new DocumentReader(JSON);
    }

    public List<Problem> problems() {
        return problems;
    }

    public YamlNode read(String content) throws SyntaxError {
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(1, Map.of());
            }
            return node(parser, "");
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new SyntaxError(1, "cannot read: " + e.getMessage());
        }
    }

    /**
     * SnakeYAML's message spans several lines and names the line of the problem itself ("in 'reader',
     * line 2"), which is more precise than the location Jackson reports; keep both parts on one line.
     */
    private static SyntaxError syntaxError(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        StringBuilder words = new StringBuilder();
        int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
        for (String part : original.split("\\R")) {
            Matcher mark = MARK.matcher(part);
            if (mark.find()) {
                line = Integer.parseInt(mark.group(1));
            } else if (!part.isBlank() && !part.startsWith("    ")) {
                words.append(words.isEmpty() ? "" : "; ").append(part.strip());
            }
        }
        return new SyntaxError(line, "not valid YAML: " + (words.isEmpty() ? "cannot be parsed" : words));
    }

    private YamlNode node(JsonParser p, String path) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson streams an alias as its bare name, which would be read as that text.
            problems.add(new Problem(line, path, "YAML aliases (*" + p.getText() + ") are not supported: write the "
                    + "value out"));
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    YamlNode value = node(p, childPath);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(keyLine, childPath, "duplicate key (first at line "
                                + entries.get(key).keyLine() + ")"));
                    }
                    entries.put(key, new YamlNode.Entry(keyLine, value));
                }
                return new YamlNode.Mapping(line, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, path + "[" + i++ + "]"));
                }
                return new YamlNode.Sequence(line, items);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.WHOLE_NUMBER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(line, null, YamlNode.Scalar.Type.NULL);
            }
            default -> {
                return new YamlNode.Scalar(line, p.getText(), YamlNode.Scalar.Type.TEXT);
            }
        }
    }
}
