package org.leadpact.scoring;

import java.time.Duration;
import java.time.Instant;
import org.leadpact.agreement.Decay;

/**
 * A rule whose points halve every half-life. The reference rounds every occurrence's decayed points
 * to a hundredth, so no running sum can be exact; but the decay factors out of the sum
 * (Σ p·2^(−(t−tᵢ)/h) = p·2^(−t/h)·Σ 2^(tᵢ/h)), so the sum is known to within half a hundredth per
 * live occurrence plus a bounded floating-point error. That bound usually settles the threshold
 * question (and a cap the sum is far past settles the rule outright); only when it does not is the
 * exact figure computed, occurrence by occurrence, as the reference does.
 */
final class HalfLifeTally implements RuleTally {
    /** A generous bound on the relative error of one floating-point step (2^-52 is one unit in the last place). */
    private static final double STEP = 0x1p-48;
    /** Terms are kept relative to an anchor second so that 2^x never overflows; re-anchored past this. */
    private static final double REANCHOR = 256;

    private final long each;
    private final Integer cap;
    private final Decay decay;
    private final double halfLife;
    /** The reference truncates ages to whole seconds: a term may be up to 2^(1/h) larger than ours. */
    private final double ageSlack;
    private final TimeQueue live = new TimeQueue();
    private long anchor;
    /** Σ over live occurrences of 2^((second − anchor)/h), and a bound on its floating-point error. */
    private double sum;
    private double sumError;
    private long low;
    private long high;

    HalfLifeTally(long each, Integer cap, Decay decay) {
        this.each = each;
        this.cap = cap;
        this.decay = decay;
        this.halfLife = decay.halfLife().toDuration().toSeconds();
        this.ageSlack = Math.pow(2, 1 / halfLife) - 1;
    }

    public void add(Instant at) {
        if (live.isEmpty()) {
            anchor = at.getEpochSecond();
            sum = 0;
            sumError = 0;
        }
        live.add(at);
        double x = (at.getEpochSecond() - anchor) / halfLife;
        if (x > REANCHOR) {
            reanchor(at.getEpochSecond());
            x = 0;
        }
        double term = Math.pow(2, x);
        sum += term;
        sumError += (sum + term) * STEP * (Math.abs(x) + 2);
    }

    private void reanchor(long second) {
        double x = (anchor - second) / halfLife;
        double factor = Math.pow(2, x);
        sum *= factor;
        sumError = sumError * factor * (1 + STEP) + sum * STEP * (2 - x);
        anchor = second;
    }

    public void settle(Instant at) {
        // The oldest occurrence decays fastest to nothing; once the reference rounds it to 0 it stays 0.
        while (!live.isEmpty() && ActivityMatcher.decay(each, Duration.between(live.first(), at), decay) == 0) {
            double x = (live.first().getEpochSecond() - anchor) / halfLife;
            double term = Math.pow(2, x);
            sum -= term;
            sumError += (Math.abs(sum) + term) * STEP * (Math.abs(x) + 2);
            live.dropFirst();
        }
        if (live.isEmpty()) {
            low = 0;
            high = 0;
            return;
        }
        double y = (at.getEpochSecond() - anchor) / halfLife;
        if (y > REANCHOR) {
            reanchor(at.getEpochSecond());
            y = 0;
        }
        double factor = Math.pow(2, -y);
        double approx = each * sum * factor;
        double error = 0.5 * live.size()
                + Math.abs(approx) * (ageSlack + STEP * (y + 4))
                + Math.abs(each) * factor * sumError * (1 + ageSlack) * (1 + STEP)
                + 1;
        low = RuleTally.capped((long) Math.floor(approx - error), cap);
        high = RuleTally.capped((long) Math.ceil(approx + error), cap);
    }

    public long low() {
        return low;
    }

    public long high() {
        return high;
    }

    public long exact(Instant at) {
        long decayed = 0;
        for (int i = 0; i < live.size(); i++) {
            decayed += ActivityMatcher.decay(each, Duration.between(live.get(i), at), decay);
        }
        return RuleTally.capped(decayed, cap);
    }
}
