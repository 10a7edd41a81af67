package org.leadpact.planning;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A funnel to ask "what if" of: its stages in order, how many enter the first, and the conversion
 * from each stage to the next ({@code rates[i]} takes {@code stages[i]} to {@code stages[i+1]}).
 */
public record Funnel(List<String> stages, BigDecimal entering, List<BigDecimal> rates) {
    public Funnel {
        stages = List.copyOf(stages);
        rates = List.copyOf(rates);
        if (stages.size() < 2) {
            throw new IllegalArgumentException("a funnel has at least two stages");
        }
        Set<String> seen = new HashSet<>();
        for (String stage : stages) {
            if (stage.isBlank() || !seen.add(stage)) {
                throw new IllegalArgumentException("stage names must be unique and not blank ('" + stage + "')");
            }
        }
        if (rates.size() != stages.size() - 1) {
            throw new IllegalArgumentException(stages.size() + " stages need " + (stages.size() - 1)
                    + " rates (one per step), not " + rates.size());
        }
        if (entering.signum() < 0) {
            throw new IllegalArgumentException("entering must be zero or more");
        }
        rates.forEach(Funnel::checkRate);
    }

    static void checkRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a rate is a share between 0 and 1 (got " + rate.toPlainString() + ")");
        }
    }

    /** The step from {@code from} to the stage right after it; an error when they are not consecutive. */
    public int step(String from, String to) {
        int i = stages.indexOf(from);
        int j = stages.indexOf(to);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("no stage '" + (i < 0 ? from : to) + "' in the funnel " + stages);
        }
        if (j != i + 1) {
            throw new IllegalArgumentException("'" + from + "->" + to + "' is not a step: the stage after '" + from
                    + "' is " + (i + 1 < stages.size() ? "'" + stages.get(i + 1) + "'" : "none (it is the last)"));
        }
        return i;
    }

    public Funnel withRate(int step, BigDecimal rate) {
        checkRate(rate);
        List<BigDecimal> changed = new java.util.ArrayList<>(rates);
        changed.set(step, rate);
        return new Funnel(stages, entering, changed);
    }

    /** How many reach each stage, chained exactly (no rounding between steps). */
    public List<BigDecimal> counts() {
        List<BigDecimal> counts = new java.util.ArrayList<>(stages.size());
        BigDecimal count = entering;
        counts.add(count);
        for (BigDecimal rate : rates) {
            count = count.multiply(rate);
            counts.add(count);
        }
        return counts;
    }

    /** The step with the lowest rate (the first of equals). */
    public int weakestStep() {
        int weakest = 0;
        for (int i = 1; i < rates.size(); i++) {
            if (rates.get(i).compareTo(rates.get(weakest)) < 0) {
                weakest = i;
            }
        }
        return weakest;
    }
}
