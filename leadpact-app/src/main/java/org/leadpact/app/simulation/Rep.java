package org.leadpact.app.simulation;

/**
 * A simulated sales rep. {@code id} is what the log records as owner and actor (a rep's API token
 * names it). {@code promptness} and {@code skill} (around 1.0) make some reps answer faster and close
 * more than others, so per-rep reports differ.
 */
public record Rep(String id, String name, String team, double promptness, double skill) {
}
