/**
 * The shell side of planning: reading the figures the planners need from the store's event log. The
 * planners themselves are pure functions in the core ({@code org.leadpact.planning}).
 */
package org.leadpact.app.planning;
