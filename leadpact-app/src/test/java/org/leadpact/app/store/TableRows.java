package org.leadpact.app.store;

import java.util.ArrayList;
import java.util.List;

/** A table's rows as text, for tests that compare what two ways of writing left behind. */
public final class TableRows {
    private TableRows() {
    }

    /** Every column of every row, as text, in order of {@code order}. */
    public static List<List<String>> of(Database db, String table, String order) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table + " ORDER BY " + order)
                .map((rs, ctx) -> {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    return row;
                }).list());
    }
}
