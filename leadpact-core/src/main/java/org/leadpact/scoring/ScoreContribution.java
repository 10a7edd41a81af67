package org.leadpact.scoring;

/**
 * What one rule added to the score: how many activities (or 1 for an attribute) it counted, the
 * points before decay, after decay, and after its cap ({@code points}, the part that counts), the
 * agreement clause it came from, and the reason in words.
 */
public record ScoreContribution(String rule, String clause, int occurrences, Points raw, Points decayed, Points points,
                                String reason) {
}
