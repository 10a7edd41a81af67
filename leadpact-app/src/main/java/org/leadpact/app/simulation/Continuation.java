package org.leadpact.app.simulation;

import org.leadpact.lifecycle.Command;

/**
 * A simulated lead whose story was cut at the end of the span: the journey and the command it had
 * planned next (after the end), so the live demo can go on with it when its time comes.
 */
record Continuation(String leadId, Journey journey, Command next) {
}
