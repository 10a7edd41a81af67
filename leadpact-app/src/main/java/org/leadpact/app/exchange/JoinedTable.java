package org.leadpact.app.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.app.agreement.FileProblem;
import org.leadpact.app.csv.CsvReader;
import org.leadpact.app.csv.CsvTable;
import org.leadpact.app.csv.Utf8;

/**
 * A joined file, read whole before the import starts (joined files are look-up tables: accounts,
 * products, teams), its rows by key. A joined file must be clean: a malformed row, a row without a
 * key or a key given twice stops the import before anything is stored, with the line.
 */
public final class JoinedTable {
    private final Join join;
    private final List<String> header;
    private final Map<String, CsvTable.Row> rows;

    private JoinedTable(Join join, List<String> header, Map<String, CsvTable.Row> rows) {
        this.join = join;
        this.header = header;
        this.rows = rows;
    }

    /** The table read; or null, with {@code problems} told what is wrong. */
    public static JoinedTable read(Join join, Path beside, String mappingName, List<FileProblem> problems)
            throws IOException {
        Path file = beside.resolve(join.file());
        String name = file.toString();
        if (!Files.isReadable(file)) {
            problems.add(new FileProblem(mappingName, join.line(), join.path() + ".file", "cannot read " + name
                    + " (no such file?)"));
            return null;
        }
        int badLine = Utf8.firstInvalidLine(file);
        if (badLine > 0) {
            problems.add(new FileProblem(name, badLine, "", "the file is not UTF-8 (save it as UTF-8)"));
            return null;
        }
        try (CsvTable table = CsvTable.open(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            if (!table.header().contains(join.key())) {
                problems.add(new FileProblem(mappingName, join.line(), join.path() + ".key", "no column '" + join.key()
                        + "' in " + name + " (its columns: " + String.join(", ", table.header()) + ")"));
                return null;
            }
            Map<String, CsvTable.Row> rows = new HashMap<>();
            Map<String, Integer> lines = new HashMap<>();
            int before = problems.size();
            for (CsvReader.Record r = table.next(); r != null; r = table.next()) {
                if (r.malformed()) {
                    problems.add(new FileProblem(name, r.line(), "", r.problem()));
                    continue;
                }
                CsvTable.Row row = table.row(r);
                String key = row.get(join.key()).strip();
                Integer first = lines.putIfAbsent(key, r.line());
                if (key.isEmpty() || first != null) {
                    problems.add(new FileProblem(name, r.line(), join.key(), key.isEmpty() ? "no key: every row of a "
                            + "joined file needs one" : "key '" + key + "' again (first on line " + first + ")"));
                }
                rows.put(key, row);
            }
            return problems.size() == before ? new JoinedTable(join, table.header(), rows) : null;
        } catch (IllegalArgumentException e) {
            problems.add(new FileProblem(name, 1, "", e.getMessage()));
            return null;
        }
    }

    public Join join() {
        return join;
    }

    /** The columns it adds to a row: all but its key. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(header);
        columns.remove(join.key());
        return columns;
    }

    public String fileName() {
        return Path.of(join.file()).getFileName().toString();
    }

    /** The row with this key, or null. */
    CsvTable.Row find(String key) {
        return rows.get(key);
    }
}
