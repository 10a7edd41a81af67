package org.leadpact.backtest;

import java.time.Instant;

/**
 * A lead the proposed agreement would have qualified in the period and the baseline not
 * ({@code ADDED}), or the other way round ({@code DROPPED}); at the instant the one that qualifies
 * does, with the clause responsible for the difference and the reason in words.
 */
public record Change(Kind kind, String leadId, Instant at, String clause, String why) {
    public enum Kind { ADDED, DROPPED }
}
