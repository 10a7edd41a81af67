/**
 * SLA clocks: the agreement's promises (marketing delivery, first follow-up, touch cadence, status
 * update, minimum working time, stale opportunity) as clocks on each lead, derived purely from the
 * lead's history, the agreement, a business calendar and an instant; their pauses, warning points,
 * breaches and the escalation steps a transition calls for. The shell stores and fires them.
 */
package org.leadpact.sla;
