package org.leadpact.app.exchange;

import org.leadpact.app.exchange.Mapping.Column;

/**
 * A second CSV file joined to each row: the row's {@code on} column (cleaned up) is looked up in the
 * joined file's {@code key} column, and the matching row's other columns become the row's too.
 *
 * @param file the joined file, relative to the imported file's folder unless absolute
 */
public record Join(String file, Column on, String key, String path, int line) {
}
