/**
 * The HTTP API under {@code /api/v1}: JSON in and out, RFC 9457 problem+json for every error with the
 * field path of each problem, and {@code Idempotency-Key} on every write.
 */
package org.leadpact.app.http;
