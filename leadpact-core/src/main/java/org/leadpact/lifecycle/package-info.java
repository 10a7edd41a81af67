/**
 * The lead lifecycle as an explicit state machine: new → MQL → handed to sales → SAL → opportunity →
 * won / lost, recycling back to nurture and disqualification. Commands go in; the events they
 * produce, or a rejection naming the rule that forbids them, come out.
 */
package org.leadpact.lifecycle;
