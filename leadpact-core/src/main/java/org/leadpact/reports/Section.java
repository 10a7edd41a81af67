package org.leadpact.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One table of a report, for the CSV and table forms: a name, its columns, and rows of cells (null: empty). */
public record Section(String name, List<String> columns, List<List<Object>> rows) {
    public Section {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    public static Builder of(String name, String... columns) {
        return new Builder(name, Arrays.asList(columns));
    }

    /** Rows added one at a time, then the section. */
    public static final class Builder {
        private final String name;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
            return this;
        }

        public Section build() {
            return new Section(name, columns, rows);
        }
    }
}
