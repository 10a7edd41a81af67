package org.leadpact.app.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page's query parameters, read with the words to show when one is wrong: an unknown parameter or a
 * value that cannot be used becomes a 400 page naming it, never an error page.
 */
final class PageParams {
    private final Map<String, String> values = new LinkedHashMap<>();

    private PageParams() {
    }

    static PageParams of(Context ctx, String... allowed) {
        Set<String> known = new TreeSet<>(List.of(allowed));
        PageParams p = new PageParams();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!known.contains(name)) {
                throw new WebFailure(400, "'" + name + "' is not a setting of this page; it takes " + String.join(", ",
                        known) + ".");
            }
            String value = values.isEmpty() ? null : values.getLast();
            if (value != null && !value.isBlank()) {
                p.values.put(name, value.strip());
            }
        });
        return p;
    }

    /** The value, or null when it is not given. */
    String text(String name) {
        return values.get(name);
    }

    String choice(String name, String otherwise, List<String> options) {
        String value = values.getOrDefault(name, otherwise);
        if (!options.contains(value)) {
            throw new WebFailure(400, name + ": '" + value + "' is not one of " + String.join(", ", options) + ".");
        }
        return value;
    }

    BigDecimal decimal(String name, BigDecimal otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return new BigDecimal(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new WebFailure(400, name + ": '" + value + "' is not a number.");
        }
    }

    int whole(String name, int otherwise) {
        String value = values.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new WebFailure(400, name + ": '" + value + "' is not a whole number.");
        }
    }

    /** The query string of these parameters with some changed ({@code name, value, ...}; a null value removes it). */
    String with(String... pairs) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                copy.remove(pairs[i]);
            } else {
                copy.put(pairs[i], pairs[i + 1]);
            }
        }
        StringBuilder q = new StringBuilder();
        copy.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return q.toString();
    }
}
