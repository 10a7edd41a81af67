package org.leadpact.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.lead.Stage;

/**
 * Opportunity stages: of the opportunities opened in the period, how many reached each stage of the
 * ladder and then won, the conversion between consecutive steps and the weakest one; win and loss
 * cycle lengths; and open opportunities older than the average lost one, to recycle to marketing.
 */
public record OpportunityReport(String report, Range period, Filter filters, Instant at, long opened,
                                List<Step> steps, Step weakestStep, Cycle won, Cycle lost, Double averageLostCycleDays,
                                long staleCount, List<Stale> stale, Map<String, String> definitions) implements Report {

    public static final String WON = "won";

    /** A step of the ladder (or "won" at the end), with the conversion from the step before it. */
    public record Step(String stage, Integer probability, long opportunities, Double conversionFromPrevious) {
    }

    public record Cycle(long opportunities, Double medianDays, Double meanDays) {
    }

    public record Stale(String lead, String rep, String stage, Instant openedAt, long daysOpen) {
    }

    public static OpportunityReport compute(Iterable<LeadFacts> leads, Range period, Filter filters, Instant at) {
        List<Opportunity> opportunities = new ArrayList<>();
        for (LeadFacts f : leads) {
            if (f.stepCount() > 0 && Milestone.OPPORTUNITY.ever(f)) {
                opportunities.addAll(Opportunity.of(f));
            }
        }
        TreeMap<Integer, String> ladder = ladder(opportunities);
        Sample wonDays = new Sample();
        Sample lostDays = new Sample();
        Sample allLost = new Sample();
        long[] reached = new long[ladder.size() + 1];
        long opened = 0;
        for (Opportunity o : opportunities) {
            if (o.end() == Stage.LOST) {
                allLost.add(o.closedAt() - o.openedAt());
            }
            if (!o.open() && period.contains(o.closedAt())) {
                (o.end() == Stage.WON ? wonDays : o.end() == Stage.LOST ? lostDays : new Sample())
                        .add(o.closedAt() - o.openedAt());
            }
            if (period.contains(o.openedAt())) {
                opened++;
                countReached(o, ladder, reached);
            }
        }
        List<Step> steps = steps(ladder, reached);
        Double averageLost = allLost.mean();
        List<Stale> stale = stale(opportunities, averageLost, at);
        return new OpportunityReport("opportunities", period, filters, at, opened, steps, weakest(steps),
                new Cycle(wonDays.size(), wonDays.median(), wonDays.mean()),
                new Cycle(lostDays.size(), lostDays.median(), lostDays.mean()), averageLost,
                stale.size(), stale, DEFINITIONS);
    }

    /** The same report listing only the {@code n} oldest stale opportunities (staleCount counts all). */
    public OpportunityReport limited(int n) {
        return stale.size() <= n ? this : new OpportunityReport(report, period, filters, at, opened, steps, weakestStep,
                won, lost, averageLostCycleDays, staleCount, stale.subList(0, n), definitions);
    }

    /** The ladder as the opportunities met it: each stage name by its probability (the first name seen wins). */
    private static TreeMap<Integer, String> ladder(List<Opportunity> opportunities) {
        TreeMap<Integer, String> ladder = new TreeMap<>();
        for (Opportunity o : opportunities) {
            o.moves().forEach(m -> ladder.putIfAbsent(m.probability(), m.stage()));
        }
        return ladder;
    }

    /** An opportunity reached every stage up to the highest it was moved to; a won one reached them all. */
    private static void countReached(Opportunity o, TreeMap<Integer, String> ladder, long[] reached) {
        int highest = o.end() == Stage.WON ? Integer.MAX_VALUE : o.highestProbability();
        int i = 0;
        for (int probability : ladder.keySet()) {
            if (probability <= highest) {
                reached[i]++;
            }
            i++;
        }
        reached[ladder.size()] += o.end() == Stage.WON ? 1 : 0;
    }

    private static List<Step> steps(TreeMap<Integer, String> ladder, long[] reached) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, String> stage : ladder.entrySet()) {
            steps.add(new Step(stage.getValue(), stage.getKey(), reached[i],
                    i == 0 ? null : Sample.rate(reached[i], reached[i - 1])));
            i++;
        }
        steps.add(new Step(WON, null, reached[i], i == 0 ? null : Sample.rate(reached[i], reached[i - 1])));
        return steps;
    }

    /** The step with the lowest conversion from the one before it; the earliest on a tie; null if none. */
    private static Step weakest(List<Step> steps) {
        Step weakest = null;
        for (Step s : steps) {
            if (s.conversionFromPrevious() != null
                    && (weakest == null || s.conversionFromPrevious() < weakest.conversionFromPrevious())) {
                weakest = s;
            }
        }
        return weakest;
    }

    private static List<Stale> stale(List<Opportunity> opportunities, Double averageLostDays, Instant at) {
        List<Stale> stale = new ArrayList<>();
        if (averageLostDays == null) {
            return stale;
        }
        long now = at.getEpochSecond();
        for (Opportunity o : opportunities) {
            double openDays = (now - o.openedAt()) / 86_400.0;
            if (o.open() && o.lead().stage() == Stage.OPPORTUNITY && openDays > averageLostDays) {
                stale.add(new Stale(o.lead().id(), o.lead().owner(), o.currentStage(), Instant.ofEpochSecond(o.openedAt()),
                        (long) Math.floor(openDays)));
            }
        }
        stale.sort(java.util.Comparator.comparingLong(Stale::daysOpen).reversed().thenComparing(Stale::lead));
        return stale;
    }

    @Override
    public List<Section> sections() {
        Section.Builder s = Section.of("steps", "stage", "probability", "opportunities", "conversionFromPrevious",
                "weakest");
        steps.forEach(x -> s.row(x.stage(), x.probability(), x.opportunities(), x.conversionFromPrevious(),
                x == weakestStep ? "weakest" : null));
        Section.Builder c = Section.of("cycles", "outcome", "opportunities", "medianDays", "meanDays");
        c.row("won", won.opportunities(), won.medianDays(), won.meanDays());
        c.row("lost", lost.opportunities(), lost.medianDays(), lost.meanDays());
        c.row("lost, all time", null, null, averageLostCycleDays);
        Section.Builder st = Section.of("stale", "lead", "rep", "stage", "openedAt", "daysOpen");
        stale.forEach(x -> st.row(x.lead(), x.rep(), x.stage(), x.openedAt(), x.daysOpen()));
        return List.of(s.build(), c.build(), st.build());
    }

    static final Map<String, String> DEFINITIONS = defined();

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("opportunity", "each opening of an opportunity (a lead lost, recycled and reopened counts twice)");
        d.put("opened", "opportunities opened in the period (UTC, from inclusive, to exclusive)");
        d.put("steps", "the ladder's stages as the opportunities were moved through them, ordered by probability, "
                + "then won; an opportunity reached every stage up to the highest it was moved to, and a won one "
                + "reached them all");
        d.put("conversionFromPrevious", "opportunities at this step ÷ those at the step before");
        d.put("weakestStep", "the step with the lowest conversion from the one before it (the earliest on a tie)");
        d.put("won / lost", "days from opening to closing, for opportunities closed won / lost in the period: "
                + "median and mean");
        d.put("averageLostCycleDays", "mean days from opening to lost over every lost opportunity so far (filters "
                + "apply, the period does not)");
        d.put("stale", "opportunities open now for longer than averageLostCycleDays, oldest first: candidates to "
                + "recycle to marketing");
        return java.util.Collections.unmodifiableMap(d);
    }
}
