package org.leadpact.app.agreement;

/** One problem in an agreement file, printed as {@code FILE:LINE: PATH: MESSAGE}. */
public record FileProblem(String file, int line, String path, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path == null || path.isEmpty() ? "(file)" : path) + ": " + message;
    }
}
