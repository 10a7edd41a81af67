/**
 * The lead: a known person and company, their attributes, and the ordered history of events that
 * happened to them. The current state is always a fold over that history.
 */
package org.leadpact.lead;
