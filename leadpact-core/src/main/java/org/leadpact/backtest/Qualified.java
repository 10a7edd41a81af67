package org.leadpact.backtest;

import java.time.Instant;
import org.leadpact.lead.Attributes;

/**
 * One qualification of a lead under one agreement in the replay: when, which round ({@code 0} the
 * first; {@code n} after its n-th replayed recycle), what the router needs to decide who gets it
 * (the lead's attributes then, its score band, when it was last recycled), and when it really left
 * a rep's desk afterwards ({@code releasedAt}, null when the log does not say: it stays open).
 */
public record Qualified(String leadId, Instant at, int round, Attributes attributes, String band,
                        Instant recycledAt, Instant releasedAt) {
}
