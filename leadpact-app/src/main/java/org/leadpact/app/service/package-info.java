/**
 * The shell's use cases: what the HTTP API and the CSV import (and later the scheduler) ask of LeadPact.
 * Each loads what the core needs, calls the core with the time from a {@link java.time.Clock}, and
 * stores the events the core returns.
 */
package org.leadpact.app.service;
