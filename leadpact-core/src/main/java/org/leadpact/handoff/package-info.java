/**
 * The hand-off to sales as pure values: which appended events give a lead a new owner (and so call
 * for a notification), the packet a rep receives to call the lead (contact details, firmographics,
 * why it qualified, what it did, why this rep), its renderings as e-mail, webhook JSON and a Slack
 * message, and the retry schedule of a failed delivery. Delivering it is the shell's job
 * ({@code org.leadpact.app.notify}).
 */
package org.leadpact.handoff;
