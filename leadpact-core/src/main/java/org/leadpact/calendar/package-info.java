/**
 * Business time: which instants are working time under a business calendar, adding business minutes
 * to an instant and measuring the business time between two, exactly (daylight-saving changes,
 * midnight, weekends, holidays, split shifts, exceptions), and which calendar applies to a rep.
 * Public holidays arrive as explicit dates; looking them up is the shell's job.
 */
package org.leadpact.calendar;
