package org.leadpact.app.simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The simulation's only source of chance: a seeded generator with the few distributions a funnel
 * needs. Each lead gets its own, derived from the seed and its number, so a lead's story does not
 * depend on how many random numbers the leads before it used.
 */
final class Dice {
    private final RandomGenerator random;

    Dice(RandomGenerator random) {
        this.random = random;
    }

    /** The dice of thing {@code index} of a kind ({@code salt}) under {@code seed}. */
    static Dice of(long seed, long salt, long index) {
        return new Dice(new SplittableRandom(mix(mix(seed ^ salt) + index)));
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double uniform() {
        return random.nextDouble();
    }

    int between(int from, int toInclusive) {
        return random.nextInt(from, toInclusive + 1);
    }

    long between(long from, long toInclusive) {
        return random.nextLong(from, toInclusive + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Log-normal with this median; {@code spread} is the sigma of the logarithm. */
    double logNormal(double median, double spread) {
        return median * Math.exp(spread * random.nextGaussian());
    }

    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
