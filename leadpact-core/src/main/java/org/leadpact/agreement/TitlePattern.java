package org.leadpact.agreement;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A role the target buyer holds, as two case-insensitive patterns a title must both contain:
 * a level ("Manager|Director|VP") and a function ("Marketing"). Either may be left out.
 */
public record TitlePattern(String level, String function) {
    public TitlePattern {
        if (level == null && function == null) {
            throw new IllegalArgumentException("a title pattern needs a level, a function, or both");
        }
        check(level);
        check(function);
    }

    private static void check(String regex) {
        if (regex != null) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid pattern: " + e.getDescription());
            }
        }
    }

    @Override
    public String toString() {
        return (level == null ? "" : "(" + level + ")") + (level != null && function != null ? " + " : "")
                + (function == null ? "" : "(" + function + ")");
    }
}
