package org.leadpact.app.simulation;

import org.leadpact.lifecycle.Command;

/**
 * A simulated lead whose story was cut at the end of the span: the journey and the command it had
 * planned next (after the end), so the live demo can go on with it when its time comes. {@code events}:
 * how many events the lead had then, so the demo sees whether someone else changed it since.
 */
record Continuation(String leadId, Journey journey, Command next, int events) {
}
