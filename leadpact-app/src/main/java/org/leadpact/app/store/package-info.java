/**
 * Storage: the append-only event log (the source of truth) and the lead projection read by the API,
 * on the embedded H2 database by default or on PostgreSQL. Dialect differences live in {@link Dialect}
 * and in the per-database migration folders.
 */
package org.leadpact.app.store;
