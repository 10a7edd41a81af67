/**
 * The reports' shell: the in-memory index of every lead's facts (loaded once from the {@code lead_fact}
 * table, kept current from the append path), the parameters a report is asked with (from the HTTP query or
 * the command line, each problem named by its parameter), and the JSON, CSV and table forms of an answer.
 * The figures themselves are computed by the pure core ({@code org.leadpact.reports}).
 */
package org.leadpact.app.reports;
