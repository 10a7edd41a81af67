package org.leadpact.agreement;

import java.util.regex.Pattern;

/**
 * A case-insensitive wildcard pattern for URLs and names: {@code *} matches any run of characters,
 * everything else matches itself. "{@code * /pricing*}" matches every pricing page.
 */
public record Glob(String pattern) {
    public Glob {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a pattern must not be blank");
        }
    }

    public boolean matches(String text) {
        return text != null && compiled().matcher(text).matches();
    }

    /** Compiled on use; scorers that match often keep their own compiled copy via {@link #toRegex()}. */
    private Pattern compiled() {
        return toRegex();
    }

    public Pattern toRegex() {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
