/**
 * Benchmarks on real lead data, and the mappers that turn a public data set into LeadPact leads; and
 * {@link org.leadpact.bench.IngestLoad}, a load driver for ingest over HTTP next to a PostgreSQL COPY.
 * Not part of the product: nothing here is used by the engine or the CLI.
 */
package org.leadpact.bench;
