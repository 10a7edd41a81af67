package org.leadpact.app.store;

import java.sql.SQLException;

/** A database error outside a Jdbi statement (a COPY): the SQLException is its cause, for the key it names. */
final class StoreFailure extends RuntimeException {
    StoreFailure(String message, SQLException cause) {
        super(message, cause);
    }
}
