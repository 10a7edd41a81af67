package org.leadpact.app.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180): a field in double quotes may hold commas, line breaks
 * and doubled quotes ({@code ""} for one {@code "}); records end with LF, CRLF or CR. A byte-order
 * mark at the start is skipped and empty lines are ignored. A quote inside an unquoted field is kept
 * as an ordinary character, as spreadsheets write it ({@code 5" screen}).
 * <p>
 * A malformed record is returned with its problem instead of ending the reading: text after a
 * closing quote is kept and named, and a quote that is never closed (or a record over
 * {@value #MAX_RECORD_CHARS} characters) makes only the record's first line bad; reading resumes on
 * the line after it, so one stray quote cannot swallow the rest of the file.
 */
public final class CsvReader implements Closeable {
    /** Longer records are refused: a stray quote must not pull a whole file into memory. */
    public static final int MAX_RECORD_CHARS = 1_000_000;

    private static final int END = -1;

    /** One record: the line it starts on, its fields, and what is wrong with it (null when nothing). */
    public record Record(int line, List<String> fields, String problem) {
        public Record {
            fields = List.copyOf(fields);
        }

        public boolean malformed() {
            return problem != null;
        }
    }

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int buffered;
    private int position;
    /** Text read again after a malformed record, before the rest of the input. */
    private final StringBuilder replay = new StringBuilder();
    private int replayed;
    private int line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Every record of a text, malformed ones included. */
    public static List<Record> records(CharSequence text) {
        List<Record> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(text.toString()))) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to be read", e);
        }
        return records;
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        while (peek() == '\n' || peek() == '\r') {
            lineBreak(read());
        }
        if (peek() == END) {
            return null;
        }
        return record();
    }

    private Record record() throws IOException {
        int startLine = line;
        StringBuilder raw = new StringBuilder();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String problem = null;
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = line;
        while (true) {
            if (raw.length() >= MAX_RECORD_CHARS) {
                return resumeAfterFirstLine(startLine, raw, fields, quoted
                        ? "the quote opened on line " + quoteLine + " is not closed within " + MAX_RECORD_CHARS
                        + " characters" : "the record is longer than " + MAX_RECORD_CHARS + " characters");
            }
            int c = read();
            if (c == END) {
                if (quoted) {
                    return resumeAfterFirstLine(startLine, raw, fields, "the quote opened on line " + quoteLine
                            + " is never closed");
                }
                fields.add(field.toString());
                return new Record(startLine, fields, problem);
            }
            raw.append((char) c);
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    raw.append((char) read());
                    field.append('"');
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n' || c == '\r' && peek() != '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                lineBreak(c);
                fields.add(field.toString());
                return new Record(startLine, fields, problem);
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else {
                if (afterQuote && problem == null) {
                    problem = "text after the closing quote of field " + (fields.size() + 1);
                }
                field.append((char) c);
            }
        }
    }

    /**
     * The record cannot be read whole; report its first line as bad and read what followed that line
     * again, as new records.
     */
    private Record resumeAfterFirstLine(int startLine, StringBuilder raw, List<String> fields, String problem)
            throws IOException {
        int cut = firstLineBreak(raw);
        if (cut < 0) {
            skipLine();
        } else {
            // Read the rest again from the first line break on; next() counts that break.
            replay.delete(0, replayed).insert(0, raw, cut, raw.length());
            replayed = 0;
            line = startLine;
        }
        return new Record(startLine, fields, problem);
    }

    private static int firstLineBreak(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void skipLine() throws IOException {
        for (int c = read(); c != END; c = read()) {
            if (c == '\n' || c == '\r') {
                lineBreak(c);
                return;
            }
        }
    }

    private void lineBreak(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        int c = peek();
        if (c != END) {
            if (replayed < replay.length()) {
                replayed++;
                if (replayed == replay.length()) {
                    replay.setLength(0);
                    replayed = 0;
                }
            } else {
                position++;
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (replayed < replay.length()) {
            return replay.charAt(replayed);
        }
        if (position == buffered) {
            buffered = in.read(buffer);
            position = 0;
            if (buffered <= 0) {
                buffered = 0;
                return END;
            }
        }
        return buffer[position];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
