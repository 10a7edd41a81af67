package org.leadpact.app.exchange;

import java.util.List;

/**
 * What importing one row did.
 *
 * @param fields  the row as read, for the report of a rejected one
 * @param reasons why the row was rejected; empty when it was not
 * @param stepsRecorded lifecycle steps (hand-off, opportunity, won, lost) recorded
 * @param notes   the row's quirks and what was done about them (the row was imported all the same)
 */
public record RowOutcome(int line, Lead lead, int activitiesRecorded, int activitiesAlreadyThere, List<String> fields,
                         List<String> reasons, int stepsRecorded, int stepsAlreadyThere, List<String> notes) {
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
        notes = List.copyOf(notes);
    }

    public RowOutcome(int line, Lead lead, int activitiesRecorded, int activitiesAlreadyThere, List<String> fields,
                      List<String> reasons) {
        this(line, lead, activitiesRecorded, activitiesAlreadyThere, fields, reasons, 0, 0, List.of());
    }

    static RowOutcome rejected(int line, List<String> fields, List<String> reasons) {
        return new RowOutcome(line, Lead.REJECTED, 0, 0, fields, reasons);
    }

    public boolean rejected() {
        return lead == Lead.REJECTED;
    }
}
