package org.leadpact.app.web;

import java.util.Collection;
import java.util.function.Function;

/**
 * A small HTML builder: every text goes through {@link #text}, so a lead's name or an agreement clause
 * can never inject markup. Tags are written by the pages; values only through this class.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup written by the page itself, never a value from outside. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(escape(value));
        return this;
    }

    /** {@code <tag class="css">text</tag>}. */
    Html el(String tag, String css, Object value) {
        out.append('<').append(tag);
        if (css != null) {
            out.append(" class=\"").append(css).append('"');
        }
        out.append('>').append(escape(value)).append("</").append(tag).append('>');
        return this;
    }

    Html link(String href, Object value) {
        out.append("<a href=\"").append(escape(href)).append("\">").append(escape(value)).append("</a>");
        return this;
    }

    /** A table with a header row and one row per item; each cell function returns escaped markup. */
    <T> Html table(String css, Collection<String> headers, Collection<T> rows, Function<T, Collection<String>> cells) {
        out.append("<table class=\"").append(css).append("\"><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (T row : rows) {
            out.append("<tr>");
            cells.apply(row).forEach(c -> out.append("<td>").append(c).append("</td>"));
            out.append("</tr>");
        }
        return raw("</tbody></table>");
    }

    /** A hidden CSRF field for forms that change something. */
    Html csrf(String token) {
        return raw("<input type=\"hidden\" name=\"csrf\" value=\"" + escape(token) + "\">");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
