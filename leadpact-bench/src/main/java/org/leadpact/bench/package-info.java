/**
 * Benchmarks on real lead data, and the mappers that turn a public data set into LeadPact leads.
 * Not part of the product: nothing here is used by the engine or the CLI.
 */
package org.leadpact.bench;
