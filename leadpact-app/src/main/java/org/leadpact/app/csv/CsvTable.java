package org.leadpact.app.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file whose first record names the columns. Each following record must have as many fields as
 * the header; one that has not is returned as malformed, like a record the reader could not parse.
 */
public final class CsvTable implements Closeable {
    private final CsvReader reader;
    private final List<String> header;

    /** A data record, its values by column name. Asking for a column the header lacks is an error. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' (line " + line + ")");
            }
            return value;
        }
    }

    private CsvTable(CsvReader reader, List<String> header) {
        this.reader = reader;
        this.header = header;
    }

    /**
     * Reads the header.
     *
     * @throws IllegalArgumentException when there is none, it is malformed, or it names a column twice
     */
    public static CsvTable open(Reader in) throws IOException {
        CsvReader reader = new CsvReader(in);
        CsvReader.Record first = reader.next();
        if (first == null) {
            throw new IllegalArgumentException("the file is empty: the first line must name the columns");
        }
        if (first.malformed()) {
            throw new IllegalArgumentException("line " + first.line() + ": the header is malformed: "
                    + first.problem());
        }
        Set<String> seen = new HashSet<>();
        for (String name : first.fields()) {
            if (!name.isBlank() && !seen.add(name)) {
                throw new IllegalArgumentException("line " + first.line() + ": the header names column '" + name
                        + "' twice");
            }
        }
        return new CsvTable(reader, first.fields());
    }

    /** Every row of a small text; the first malformed record is an error. */
    public static List<Row> rows(CharSequence text) {
        List<Row> rows = new ArrayList<>();
        try (CsvTable table = open(new StringReader(text.toString()))) {
            for (CsvReader.Record r = table.next(); r != null; r = table.next()) {
                if (r.malformed()) {
                    throw new IllegalArgumentException("line " + r.line() + ": " + r.problem());
                }
                rows.add(table.row(r));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to be read", e);
        }
        return rows;
    }

    public List<String> header() {
        return header;
    }

    /** The next record, or null at the end; malformed when the reader says so or the field count is off. */
    public CsvReader.Record next() throws IOException {
        CsvReader.Record r = reader.next();
        if (r != null && !r.malformed() && r.fields().size() != header.size()) {
            return new CsvReader.Record(r.line(), r.fields(), "has " + r.fields().size() + " field"
                    + (r.fields().size() == 1 ? "" : "s") + ", the header has " + header.size());
        }
        return r;
    }

    /** A well-formed record by column name. */
    public Row row(CsvReader.Record record) {
        if (record.malformed()) {
            throw new IllegalArgumentException("line " + record.line() + " is malformed: " + record.problem());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.fields().get(i));
        }
        return new Row(record.line(), values);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
