package org.leadpact.bench;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The area under the ROC curve: the chance that a randomly picked positive scores above a randomly
 * picked negative (ties count half). Computed from ranks (Mann-Whitney U), with tied scores sharing
 * their average rank, which matters here because many leads have the same whole-number score.
 */
final class RocAuc {
    private RocAuc() {
    }

    static double of(long[] scores, boolean[] positive) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0; // ranks i+1 .. j
            for (int k = i; k < j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("needs both positives and negatives");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
