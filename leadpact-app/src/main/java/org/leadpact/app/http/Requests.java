package org.leadpact.app.http;

import java.util.List;
import java.util.function.BiFunction;
import org.leadpact.app.document.Binder;
import org.leadpact.app.document.DocumentReader;
import org.leadpact.app.document.YamlNode;
import org.leadpact.app.service.Failure;

/** Request bodies read with the field path (and line) of every problem, all reported at once. */
final class Requests {
    private Requests() {
    }

    static YamlNode json(String body) {
        try {
            return DocumentReader.json().read(body);
        } catch (DocumentReader.SyntaxError e) {
            throw new Problem.Raised(new Problem(400, "Malformed JSON", "the body is not valid JSON", null,
                    List.of(new Failure.FieldProblem("", e.line(), e.getMessage()))));
        }
    }

    /** Reads the body with {@code reader}; any problem it records becomes a 400 listing them all. */
    static <T> T read(String body, BiFunction<Binder, YamlNode, T> reader) {
        Binder b = new Binder();
        T value = reader.apply(b, json(body));
        failOnProblems(b);
        return value;
    }

    static void failOnProblems(Binder b) {
        if (!b.problems().isEmpty()) {
            throw new Problem.Raised(new Problem(400, "Invalid request", b.problems().size() + " problem(s) in the body",
                    null, b.problems().stream().map(p -> new Failure.FieldProblem(p.path(), p.line(), p.message()))
                    .toList()));
        }
    }
}
