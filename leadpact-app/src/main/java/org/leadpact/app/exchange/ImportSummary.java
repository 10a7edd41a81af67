package org.leadpact.app.exchange;

import java.util.EnumMap;
import java.util.Map;

/** The running totals of an import, row by row. */
public final class ImportSummary {
    private final Map<RowOutcome.Lead, Integer> leads = new EnumMap<>(RowOutcome.Lead.class);
    private int rows;
    private int activitiesRecorded;
    private int activitiesAlreadyThere;

    public void add(RowOutcome outcome) {
        rows++;
        leads.merge(outcome.lead(), 1, Integer::sum);
        activitiesRecorded += outcome.activitiesRecorded();
        activitiesAlreadyThere += outcome.activitiesAlreadyThere();
    }

    public int rows() {
        return rows;
    }

    public int leads(RowOutcome.Lead what) {
        return leads.getOrDefault(what, 0);
    }

    public int rejected() {
        return leads(RowOutcome.Lead.REJECTED);
    }

    public int activitiesRecorded() {
        return activitiesRecorded;
    }

    public int activitiesAlreadyThere() {
        return activitiesAlreadyThere;
    }
}
