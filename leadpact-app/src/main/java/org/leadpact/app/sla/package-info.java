/**
 * The shell of the SLA clocks: public holidays from the holiday library, the clock table kept in step
 * with every append, the scheduler that claims due clocks and fires them exactly once across servers,
 * the escalations it records, and the compliance report.
 */
package org.leadpact.app.sla;
