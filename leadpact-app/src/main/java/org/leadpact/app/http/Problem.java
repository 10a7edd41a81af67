package org.leadpact.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.app.service.Failure;

/** An RFC 9457 problem: what went wrong, the HTTP status, and each problem's field path. */
record Problem(int status, String title, String detail, String rule, List<Failure.FieldProblem> errors) {

    static final String MEDIA_TYPE = "application/problem+json";

    Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null, List.of());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "https://leadpact.org/problems/" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        if (rule != null) {
            json.put("rule", rule);
        }
        if (!errors.isEmpty()) {
            json.put("errors", errors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", e.path());
                if (e.line() > 0) {
                    m.put("line", e.line());
                }
                m.put("message", e.message());
                return m;
            }).toList());
        }
        return json;
    }

    /** Thrown by a handler to answer with this problem. */
    static final class Raised extends RuntimeException {
        private final transient Problem problem;

        Raised(Problem problem) {
            super(problem.detail());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
