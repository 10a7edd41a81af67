package org.leadpact.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The committed OpenAPI description, read for tests: its operations, and what it promises each answer is. */
record OpenApiDocument(JsonNode root, SchemaCheck schemas) {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    static OpenApiDocument load() {
        return parse(OpsRoutes.openApiDocument());
    }

    static OpenApiDocument parse(String json) {
        try {
            JsonNode root = Api.JSON.readTree(json);
            return new OpenApiDocument(root, new SchemaCheck(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every described operation as "METHOD /path/{param}", the form of {@link ApiServer#routes()}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        root.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The described path template a request path (with any query string) falls under. */
    /** Every answer {@code api} received is one the description promises for its route and status. */
    static void assertAnswersDescribed(Api api) {
        OpenApiDocument description = load();
        org.assertj.core.api.Assertions.assertThat(api.exchanges().stream()
                .filter(e -> description.template(e.path()).isPresent())
                .flatMap(e -> description.violations(e).stream()).toList())
                .as("answers that differ from openapi.json").isEmpty();
    }

    Optional<String> template(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Iterator<String> it = root.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String pattern = Arrays.stream(template.split("\\{[^/]+}", -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+"));
            if (Pattern.matches(pattern, bare)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    /** How the answer to a request differs from what the description promises (empty: it does not). */
    List<String> violations(Api.Exchange exchange) {
        String template = template(exchange.path()).orElse(null);
        JsonNode operation = template == null ? null
                : root.path("paths").path(template).get(exchange.method().toLowerCase(Locale.ROOT));
        if (operation == null) {
            return List.of(exchange.method() + " " + exchange.path() + " is not described");
        }
        Api.Response r = exchange.response();
        String where = exchange.method() + " " + template + " → " + r.status();
        JsonNode responses = operation.path("responses");
        JsonNode response = responses.has(Integer.toString(r.status())) ? responses.get(Integer.toString(r.status()))
                : responses.get("default");
        if (response == null) {
            return List.of(where + " is not a described status");
        }
        JsonNode content = schemas.resolve(response).path("content");
        if (content.isMissingNode() && r.text().isEmpty()) {
            return List.of(); // an answer without a body (204), as described
        }
        String mediaType = base(r.contentType());
        for (Iterator<String> it = content.fieldNames(); it.hasNext(); ) {
            String described = it.next();
            if (base(described).equals(mediaType)) {
                JsonNode schema = content.get(described).path("schema");
                return r.body() == null ? List.of() : prefixed(where, schemas.violations(schema, r.body(), "$"));
            }
        }
        return List.of(where + ": " + r.contentType() + " is not a described content type");
    }

    private static List<String> prefixed(String where, List<String> violations) {
        List<String> result = new ArrayList<>();
        violations.forEach(v -> result.add(where + ": " + v));
        return result;
    }

    private static String base(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
