/**
 * Leads in and out as CSV: the mapping file that says which column is what, the import that sends
 * each row through the same use cases as the API (so the active agreement scores and qualifies it),
 * with event ids derived from the data so that importing again records nothing twice, and the export
 * of the lead projections. Documented in docs/import-export.md.
 */
package org.leadpact.app.exchange;
