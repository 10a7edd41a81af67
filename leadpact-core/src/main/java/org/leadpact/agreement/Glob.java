package org.leadpact.agreement;

import java.util.regex.Pattern;

/**
 * A case-insensitive wildcard pattern for URLs and names: {@code *} matches any run of characters,
 * everything else matches itself. "{@code * /pricing*}" matches every pricing page. Case is ignored
 * for the ASCII letters only, as in a regular expression with {@link Pattern#CASE_INSENSITIVE}.
 */
public record Glob(String pattern) {
    public Glob {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a pattern must not be blank");
        }
    }

    public boolean matches(String text) {
        return matcher().matches(text);
    }

    /** This pattern prepared for matching many texts; scorers keep one. */
    public Matcher matcher() {
        return new Matcher(pattern.split("\\*", -1));
    }

    /** The same pattern as a regular expression. */
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

    /**
     * Matches in time linear in the text (a regular expression backtracks over every {@code *}): the
     * first literal part must start the text, the last must end it, and each one between is found at
     * its leftmost place after the previous one, which is the right choice for {@code *} patterns.
     */
    public static final class Matcher {
        /** Enough for every page of a large site; odd texts beyond it are matched, not remembered. */
        private static final int MEMO_MAX = 8_192;

        private final String[] parts;
        /**
         * Texts already matched. A site has far fewer pages than page views, and a replay matches every
         * view under each agreement it compares: remembering the answer took the matching out of a
         * 20-million-event back-test's profile. A memo only: the answer is the same without it. Copied
         * on write and never changed once published, so threads read it without a lock (a write lost
         * to a race is only matched again).
         */
        private volatile java.util.Map<String, Boolean> memo = java.util.Map.of();

        private Matcher(String[] parts) {
            this.parts = parts;
        }

        public boolean matches(String text) {
            if (text == null) {
                return false;
            }
            java.util.Map<String, Boolean> known = memo;
            Boolean answer = known.get(text);
            if (answer != null) {
                return answer;
            }
            boolean matched = match(text);
            if (known.size() < MEMO_MAX) {
                java.util.HashMap<String, Boolean> more = new java.util.HashMap<>(known);
                more.put(text, matched);
                memo = more;
            }
            return matched;
        }

        private boolean match(String text) {
            String first = parts[0];
            if (parts.length == 1) {
                return text.length() == first.length() && same(text, 0, first);
            }
            String last = parts[parts.length - 1];
            int end = text.length() - last.length();
            if (end < first.length() || !same(text, 0, first) || !same(text, end, last)) {
                return false;
            }
            int from = first.length();
            for (int i = 1; i < parts.length - 1; i++) {
                int at = find(text, parts[i], from, end);
                if (at < 0) {
                    return false;
                }
                from = at + parts[i].length();
            }
            return true;
        }

        /** The first place at or after {@code from} where {@code part} lies wholly before {@code end}. */
        private static int find(String text, String part, int from, int end) {
            for (int at = from; at + part.length() <= end; at++) {
                if (same(text, at, part)) {
                    return at;
                }
            }
            return -1;
        }

        private static boolean same(String text, int at, String part) {
            for (int i = 0; i < part.length(); i++) {
                char a = text.charAt(at + i);
                char b = part.charAt(i);
                if (a != b && lower(a) != lower(b)) {
                    return false;
                }
            }
            return true;
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }
}
