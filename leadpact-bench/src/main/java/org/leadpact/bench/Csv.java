package org.leadpact.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comma-separated values as RFC 4180 writes them: a field in double quotes may hold commas, line
 * breaks and doubled quotes ({@code ""} for one {@code "}); records end with LF or CRLF. Written here
 * rather than taken from a library because the benchmark module should not grow a dependency for
 * one file format.
 */
final class Csv {
    private Csv() {
    }

    /** One data record, by column name. Asking for a column the header does not have is an error. */
    record Row(int number, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column '" + column + "' (record " + number + ")");
            }
            return value;
        }
    }

    /** The records after the header row; every record must have as many fields as the header. */
    static List<Row> table(CharSequence text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no header row");
        }
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException("record " + r + " has " + fields.size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), fields.get(i));
            }
            rows.add(new Row(r, values));
        }
        return rows;
    }

    /** Every record, header included. Blank lines are skipped; a byte-order mark is ignored. */
    static List<List<String>> records(CharSequence text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean started = false;
        int i = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    // Only a quote that opens a field quotes it; one inside a bare field is kept as it is.
                    if (field.isEmpty()) {
                        inQuotes = true;
                    } else {
                        field.append(c);
                    }
                    started = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    started = true;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (started) {
                        record.add(field.toString());
                        records.add(record);
                    }
                    record = new ArrayList<>();
                    field.setLength(0);
                    started = false;
                }
                default -> {
                    field.append(c);
                    started = true;
                }
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("a quoted field is not closed before the end of the text");
        }
        if (started) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
