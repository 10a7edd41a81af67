/**
 * What LeadPact tells its operators: events appended to the log, how late activities arrive, open
 * leads by stage and the HTTP traffic, scraped by Prometheus from {@code GET /metrics}. The stores and
 * use cases see only the {@link org.leadpact.app.metrics.Metrics} interface; the CLI passes
 * {@link org.leadpact.app.metrics.Metrics#NONE}.
 */
package org.leadpact.app.metrics;
