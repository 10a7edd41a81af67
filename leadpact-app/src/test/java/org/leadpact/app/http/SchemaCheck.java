package org.leadpact.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON value against a schema of the OpenAPI description. It knows only the JSON Schema
 * keywords the description uses ({@link #KEYWORDS}); a test fails when the description uses another,
 * so no keyword is ever silently skipped. Small on purpose: no validator library is on the classpath.
 */
final class SchemaCheck {
    static final Set<String> KEYWORDS = Set.of("$ref", "type", "properties", "required", "additionalProperties",
            "items", "enum", "const", "oneOf", "anyOf", "minimum", "maximum", "maxItems", "maxLength", "format",
            "description", "examples", "default");

    private final JsonNode document;

    SchemaCheck(JsonNode document) {
        this.document = document;
    }

    /** The node a {@code {"$ref": "#/..."}} points at, or the node itself. */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolved $ref " + ref);
            }
            node = target;
        }
        return node;
    }

    List<String> violations(JsonNode schema, JsonNode value, String path) {
        List<String> found = new ArrayList<>();
        check(resolve(schema), value, path, found);
        return found;
    }

    private void check(JsonNode s, JsonNode v, String path, List<String> found) {
        if (s.has("type") && !typeMatches(s.get("type"), v)) {
            found.add(path + ": " + kind(v) + " is not " + s.get("type"));
            return;
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            found.add(path + ": " + v + " is not " + s.get("const"));
        }
        if (s.has("enum") && !contains(s.get("enum"), v)) {
            found.add(path + ": " + v + " is not one of " + s.get("enum"));
        }
        if (s.has("format") && s.get("format").asText().equals("date-time") && v.isTextual() && !dateTime(v.asText())) {
            found.add(path + ": '" + v.asText() + "' is not a date-time");
        }
        numbers(s, v, path, found);
        if (v.isObject()) {
            object(s, v, path, found);
        }
        if (v.isArray()) {
            array(s, v, path, found);
        }
        if (s.has("oneOf") && count(s.get("oneOf"), v, path) != 1) {
            found.add(path + ": matches " + count(s.get("oneOf"), v, path) + " of oneOf, not exactly one");
        }
        if (s.has("anyOf") && count(s.get("anyOf"), v, path) == 0) {
            found.add(path + ": matches none of anyOf");
        }
    }

    private void numbers(JsonNode s, JsonNode v, String path, List<String> found) {
        if (s.has("minimum") && v.isNumber() && v.asDouble() < s.get("minimum").asDouble()) {
            found.add(path + ": " + v + " is below " + s.get("minimum"));
        }
        if (s.has("maximum") && v.isNumber() && v.asDouble() > s.get("maximum").asDouble()) {
            found.add(path + ": " + v + " is above " + s.get("maximum"));
        }
        if (s.has("maxLength") && v.isTextual() && v.asText().length() > s.get("maxLength").asInt()) {
            found.add(path + ": longer than " + s.get("maxLength"));
        }
    }

    private void object(JsonNode s, JsonNode v, String path, List<String> found) {
        for (JsonNode required : s.path("required")) {
            if (!v.has(required.asText())) {
                found.add(path + "." + required.asText() + ": is required");
            }
        }
        JsonNode properties = s.path("properties");
        for (Map.Entry<String, JsonNode> field : v.properties()) {
            String at = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(resolve(properties.get(field.getKey())), field.getValue(), at, found);
            } else if (s.has("additionalProperties")) {
                JsonNode additional = s.get("additionalProperties");
                if (additional.isBoolean() && !additional.asBoolean()) {
                    found.add(at + ": is not described");
                } else if (additional.isObject()) {
                    check(resolve(additional), field.getValue(), at, found);
                }
            }
        }
    }

    private void array(JsonNode s, JsonNode v, String path, List<String> found) {
        if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
            found.add(path + ": more than " + s.get("maxItems") + " items");
        }
        if (s.has("items")) {
            for (int i = 0; i < v.size(); i++) {
                check(resolve(s.get("items")), v.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private int count(JsonNode alternatives, JsonNode v, String path) {
        int matches = 0;
        for (JsonNode alternative : alternatives) {
            matches += violations(alternative, v, path).isEmpty() ? 1 : 0;
        }
        return matches;
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber() || v.isNumber() && v.asDouble() == Math.rint(v.asDouble());
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode v) {
        for (JsonNode value : values) {
            if (value.equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
