package org.leadpact.app.exchange;

import java.util.List;

/**
 * What importing one row did.
 *
 * @param fields  the row as read, for the report of a rejected one
 * @param reasons why the row was rejected; empty when it was not
 */
public record RowOutcome(int line, Lead lead, int activitiesRecorded, int activitiesAlreadyThere, List<String> fields,
                         List<String> reasons) {
    /** What happened to the row's lead. */
    public enum Lead {
        CREATED,
        MERGED,
        /** The row's data was in the log already: an earlier import of the same rows. */
        ALREADY_IMPORTED,
        REJECTED
    }

    public RowOutcome {
        fields = List.copyOf(fields);
        reasons = List.copyOf(reasons);
    }

    static RowOutcome rejected(int line, List<String> fields, List<String> reasons) {
        return new RowOutcome(line, Lead.REJECTED, 0, 0, fields, reasons);
    }

    public boolean rejected() {
        return lead == Lead.REJECTED;
    }
}
