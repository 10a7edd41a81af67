package org.leadpact.app.http;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadpact.app.store.Database;

/** Searches every column of every table of the current schema for given strings. */
final class PersonalData {
    private PersonalData() {
    }

    static List<String> foundIn(Database db, String... needles) throws SQLException {
        List<String> found = new ArrayList<>();
        db.jdbi().useHandle(h -> {
            Connection c = h.getConnection();
            String schema = c.getSchema();
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables found in schema " + schema);
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            for (String needle : needles) {
                                if (value != null && value.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT))) {
                                    found.add(table + "." + columns.getColumnName(i) + " holds " + needle);
                                }
                            }
                        }
                    }
                }
            }
        });
        return found;
    }

}
