/**
 * Reports both teams agree to be judged by: the funnel, lead sources, lead aging per rep, opportunity
 * stages, customer tiers and marketing lead value. Every figure is computed from per-lead
 * {@link org.leadpact.reports.LeadFacts}, which are derived from a lead's history alone, so any report can be
 * recomputed from the event log. Pure functions: the period, the filters, "now" and the facts are inputs.
 */
package org.leadpact.reports;
