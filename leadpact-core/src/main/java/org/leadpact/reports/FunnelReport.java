package org.leadpact.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadpact.lead.Stage;

/**
 * The funnel: how many leads reached each milestone in the period, the conversions between consecutive
 * milestones, the same by cohort (the month a lead first became an MQL), and how long leads stay in each
 * stage.
 */
public record FunnelReport(String report, Range period, Filter filters, List<StageCount> stages,
                           List<Conversion> conversions, List<Cohort> cohorts, List<Velocity> velocity,
                           Map<String, String> definitions) implements Report {

    public record StageCount(String stage, long leads) {
    }

    public record Conversion(String from, String to, Double rate) {
    }

    public record Cohort(String cohort, long mqls, long handedOff, long salesAccepted, long opportunities, long won,
                         long lost, Double mqlToSal, Double salToOpportunity, Double opportunityToWon,
                         Double mqlToOpportunity) {
    }

    public record Velocity(String stage, long stays, Double medianDays, Double p90Days) {
    }

    private static final Milestone[] MILESTONES = Milestone.values();

    /** Stages whose stays are timed, in funnel order. */
    private static final List<Stage> TIMED = List.of(Stage.NEW, Stage.MQL, Stage.HANDED_OFF, Stage.SAL,
            Stage.OPPORTUNITY, Stage.NURTURE);

    static final Map<String, String> DEFINITIONS = defined();

    public static FunnelReport compute(Iterable<LeadFacts> leads, Range period, Filter filters) {
        long[] counts = new long[MILESTONES.length];
        Map<YearMonth, long[]> cohorts = new TreeMap<>();
        Map<Stage, Sample> stays = new LinkedHashMap<>();
        TIMED.forEach(s -> stays.put(s, new Sample()));
        for (LeadFacts f : leads) {
            // One pass over the lead's steps: the milestones it reached in the period, and ever.
            int inPeriod = period.contains(f.created()) ? 1 : 0;
            int ever = 1;
            long mql = LeadFacts.NEVER;
            for (int i = 0; i < f.stepCount(); i++) {
                int entered = Milestone.entered(f, i);
                ever |= entered;
                inPeriod |= period.contains(f.stepAt(i)) ? entered : 0;
                mql = mql == LeadFacts.NEVER && Milestone.MQL.in(entered) ? f.stepAt(i) : mql;
            }
            for (Milestone m : MILESTONES) {
                counts[m.ordinal()] += m.in(inPeriod) ? 1 : 0;
            }
            if (period.contains(mql)) {
                long[] cohort = cohorts.computeIfAbsent(month(mql), k -> new long[MILESTONES.length]);
                for (Milestone m : MILESTONES) {
                    cohort[m.ordinal()] += m.in(ever) ? 1 : 0;
                }
            }
            timeStays(f, period, stays);
        }
        List<StageCount> stages = new ArrayList<>();
        for (Milestone m : MILESTONES) {
            stages.add(new StageCount(m.code(), counts[m.ordinal()]));
        }
        List<Conversion> conversions = List.of(conversion(counts, Milestone.MQL, Milestone.SAL),
                conversion(counts, Milestone.SAL, Milestone.OPPORTUNITY),
                conversion(counts, Milestone.OPPORTUNITY, Milestone.WON),
                conversion(counts, Milestone.LEAD, Milestone.OPPORTUNITY));
        List<Cohort> cohortRows = new ArrayList<>();
        cohorts.forEach((month, c) -> cohortRows.add(cohort(month, c)));
        List<Velocity> velocity = new ArrayList<>();
        stays.forEach((stage, sample) -> velocity.add(new Velocity(stage.code(), sample.size(), sample.median(),
                sample.p90())));
        return new FunnelReport("funnel", period, filters, stages, conversions, cohortRows, velocity, DEFINITIONS);
    }

    /** Each stay in a stage that ended in the period: from entering the stage to the next stage change. */
    private static void timeStays(LeadFacts f, Range period, Map<Stage, Sample> stays) {
        for (int i = 0; i < f.stepCount(); i++) {
            long ended = f.stepAt(i);
            if (!period.contains(ended)) {
                continue;
            }
            Stage in = f.stepFrom(i);
            long entered = i == 0 ? f.created() : f.stepAt(i - 1);
            Sample sample = stays.get(in);
            if (sample != null) {
                sample.add(ended - entered);
            }
        }
    }

    private static Conversion conversion(long[] counts, Milestone from, Milestone to) {
        return new Conversion(from.code(), to.code(), Sample.rate(counts[to.ordinal()], counts[from.ordinal()]));
    }

    private static Cohort cohort(YearMonth month, long[] c) {
        long mql = c[Milestone.MQL.ordinal()];
        long sal = c[Milestone.SAL.ordinal()];
        long opp = c[Milestone.OPPORTUNITY.ordinal()];
        long won = c[Milestone.WON.ordinal()];
        return new Cohort(month.toString(), mql, c[Milestone.HANDED_OFF.ordinal()], sal, opp, won,
                c[Milestone.LOST.ordinal()], Sample.rate(sal, mql), Sample.rate(opp, sal), Sample.rate(won, opp),
                Sample.rate(opp, mql));
    }

    static YearMonth month(long epochSecond) {
        return YearMonth.from(LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400)));
    }

    @Override
    public List<Section> sections() {
        Section.Builder s = Section.of("stages", "stage", "leads");
        stages.forEach(c -> s.row(c.stage(), c.leads()));
        Section.Builder conv = Section.of("conversions", "from", "to", "rate");
        conversions.forEach(c -> conv.row(c.from(), c.to(), c.rate()));
        Section.Builder co = Section.of("cohorts", "cohort", "mqls", "handedOff", "salesAccepted", "opportunities",
                "won", "lost", "mqlToSal", "salToOpportunity", "opportunityToWon", "mqlToOpportunity");
        cohorts.forEach(c -> co.row(c.cohort(), c.mqls(), c.handedOff(), c.salesAccepted(), c.opportunities(), c.won(),
                c.lost(), c.mqlToSal(), c.salToOpportunity(), c.opportunityToWon(), c.mqlToOpportunity()));
        Section.Builder v = Section.of("velocity", "stage", "stays", "medianDays", "p90Days");
        velocity.forEach(x -> v.row(x.stage(), x.stays(), x.medianDays(), x.p90Days()));
        return List.of(s.build(), conv.build(), co.build(), v.build());
    }

    private static Map<String, String> defined() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("period", "from (inclusive) to (exclusive), UTC; a lead counts in a stage when it entered that stage "
                + "during the period (once per stage, however often it entered it)");
        d.put("lead", "a lead whose first event falls in the period");
        d.put("mql", "a lead the agreement qualified (stage mql) in the period, requalified leads included");
        d.put("handed-off", "a lead handed to a sales rep in the period");
        d.put("sal", "a lead sales accepted in the period; an opportunity opened straight from the hand-off counts "
                + "as accepted at that moment");
        d.put("opportunity", "an opportunity opened in the period");
        d.put("won / lost", "an opportunity closed won / lost in the period");
        d.put("conversions", "stage count ÷ the previous stage's count in the same period (a flow ratio, not the "
                + "fate of the same leads: see cohorts); empty when the previous count is zero");
        d.put("cohorts", "leads by the month (UTC) they first became an MQL, within the period; each column counts "
                + "the cohort's leads that reached that stage at any time so far");
        d.put("velocity", "days a lead stayed in a stage, from entering it to its next stage change, for stays that "
                + "ended in the period (new: from the lead's first event to qualifying); median = middle value "
                + "(mean of the two middle ones), p90 = nearest rank");
        return java.util.Collections.unmodifiableMap(d);
    }
}
