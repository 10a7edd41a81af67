package org.leadpact.app.exchange;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadpact.lead.Activity;

/**
 * One CSV row as LeadPact will record it, or the reasons it cannot be.
 *
 * @param at         when the row's facts happened
 * @param atFromData whether {@code at} came from the file or the mapping, rather than the time of the
 *                   import (which differs on every run, so it must not tell events apart)
 * @param steps      the lifecycle steps the row tells of, in order
 * @param notes      what the import did about the row's quirks (a value replaced, nothing to join, a date
 *                   out of order), counted in the summary; the row is imported all the same
 */
record MappedRow(int line, String externalId, Map<String, String> attributes, Instant at, boolean atFromData,
                 List<Activity> activities, List<ImportStep> steps, List<String> notes, List<String> problems) {
    MappedRow {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        activities = List.copyOf(activities);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    boolean rejected() {
        return !problems.isEmpty();
    }
}
