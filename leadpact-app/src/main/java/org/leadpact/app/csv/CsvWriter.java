package org.leadpact.app.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records as RFC 4180 asks: CRLF after each, and a field quoted (its quotes doubled) when
 * it holds a comma, a quote or a line break, or starts or ends with a space a reader might trim.
 * <p>
 * Files LeadPact writes are opened in spreadsheets, and a lead's data comes from strangers: a company
 * named {@code =HYPERLINK("http://evil")} would run as a formula. So every cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '},
 * which spreadsheets read as "this is text" (OWASP's advice for CSV injection). The price: a
 * negative number such as {@code -5} is written {@code '-5}.
 */
public final class CsvWriter implements Flushable {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** A value as one field: neutralised, then quoted when it needs to be; null is an empty field. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The value a cell neutralised by {@link #cell} stood for: without the {@code '} it was given. */
    public static String original(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
