package org.leadpact.app.service;

import java.util.List;

/** Why a use case did not happen, in terms the API turns into problem+json. */
public sealed class Failure extends RuntimeException {
    private Failure(String message) {
        super(message);
    }

    /** One problem of a request, at a field path (and a line, for documents). */
    public record FieldProblem(String path, int line, String message) {
    }

    /** The request is wrong: every problem found, each with its field path. */
    public static final class Invalid extends Failure {
        private final List<FieldProblem> problems;

        public Invalid(String message, List<FieldProblem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    public static final class NotFound extends Failure {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A rule of the lifecycle or of the agreement forbids it; {@code rule} names which. */
    public static final class Refused extends Failure {
        private final String rule;

        public Refused(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }
}
