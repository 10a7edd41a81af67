package org.leadpact.app.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, sent with {@code COPY ... FROM STDIN} on a connection that
 * may be inside a transaction (the rows commit or roll back with it). COPY is PostgreSQL's cheapest
 * way in: one statement, no parameters to bind, rows parsed as they stream.
 */
final class CopyRows {
    private final StringBuilder rows;

    CopyRows(int expectedChars) {
        this.rows = new StringBuilder(expectedChars);
    }

    /** A value: backslash escapes for the separators, {@code \N} for null. */
    CopyRows text(String value) {
        if (value == null) {
            rows.append("\\N");
            return this;
        }
        // Most values need no escape: copy them whole (indexOf is the JDK's vectorised search).
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            rows.append(value);
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
        return this;
    }

    CopyRows number(long value) {
        rows.append(value);
        return this;
    }

    CopyRows next() {
        rows.append('\t');
        return this;
    }

    CopyRows end() {
        rows.append('\n');
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Sends the rows with {@code sql} (a {@code COPY ... FROM STDIN}) and starts again empty. */
    void copy(Connection c, String sql) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        rows.setLength(0);
    }
}
