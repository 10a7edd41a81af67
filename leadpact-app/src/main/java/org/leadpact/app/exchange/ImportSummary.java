package org.leadpact.app.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running totals of an import, row by row. */
public final class ImportSummary {
    private final Map<RowOutcome.Lead, Integer> leads = new EnumMap<>(RowOutcome.Lead.class);
    private int rows;
    private int activitiesRecorded;
    private int activitiesAlreadyThere;
    private int stepsRecorded;
    private int stepsAlreadyThere;
    private final Map<String, Note> notes = new LinkedHashMap<>();

    /** A quirk of the data and what the import did about it: on how many rows, and the first of their lines. */
    public static final class Note {
        /** Lines kept per note, to name them in the summary. */
        public static final int LINES = 5;
        private final String text;
        private int rows;
        private final List<Integer> firstLines = new ArrayList<>(LINES);

        Note(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public int rows() {
            return rows;
        }

        public List<Integer> firstLines() {
            return List.copyOf(firstLines);
        }

        void add(int line) {
            rows++;
            if (firstLines.size() < LINES) {
                firstLines.add(line);
            }
        }
    }

    public void add(RowOutcome outcome) {
        rows++;
        leads.merge(outcome.lead(), 1, Integer::sum);
        activitiesRecorded += outcome.activitiesRecorded();
        activitiesAlreadyThere += outcome.activitiesAlreadyThere();
        stepsRecorded += outcome.stepsRecorded();
        stepsAlreadyThere += outcome.stepsAlreadyThere();
        outcome.notes().forEach(n -> notes.computeIfAbsent(n, Note::new).add(outcome.line()));
    }

    public int stepsRecorded() {
        return stepsRecorded;
    }

    public int stepsAlreadyThere() {
        return stepsAlreadyThere;
    }

    /** The data's quirks, in the order they were first met. */
    public List<Note> notes() {
        return List.copyOf(notes.values());
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
