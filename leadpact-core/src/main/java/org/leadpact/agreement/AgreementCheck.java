package org.leadpact.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.lead.ActivityType;

/**
 * Finds contradictions between clauses that each look fine alone: a threshold no lead can reach,
 * overlapping bands, a term that ends before it starts, fast-track actions that are sales touches.
 * Names of activity types are already checked when the file is read (the vocabulary is closed).
 */
public final class AgreementCheck {
    private AgreementCheck() {
    }

    public static List<Problem> problems(Agreement a) {
        List<Problem> problems = new ArrayList<>();
        term(a, problems);
        scoring(a.scoring(), problems);
        qualification(a, problems);
        sla(a, problems);
        recycling(a, problems);
        routing(a.routing(), problems);
        RoutingCheck.problems(a, problems);
        return problems;
    }

    private static void recycling(Agreement a, List<Problem> problems) {
        record Needs(Disposition disposition, RecycleReason reason) {
        }
        for (Needs n : List.of(new Needs(Disposition.RECYCLE, RecycleReason.NOT_READY),
                new Needs(Disposition.COULD_NOT_REACH, RecycleReason.COULD_NOT_REACH))) {
            if (a.dispositions().allows(n.disposition()) && !a.recycling().allows(n.reason())) {
                problems.add(new Problem("recycling.reasons", "the " + n.disposition().code()
                        + " disposition is allowed, but " + n.reason().code()
                        + " is not a recycle reason: every such disposition would be refused"));
            }
        }
    }

    private static void routing(Routing routing, List<Problem> problems) {
        List<String> ids = routing.rules().stream().map(RoutingRule::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                problems.add(new Problem("routing.rules[" + i + "].id", "rule id '" + ids.get(i)
                        + "' is used twice; decisions cite routing rules by id"));
            }
        }
    }

    private static void term(Agreement a, List<Problem> problems) {
        Identity id = a.identity();
        if (id.term().ends() != null && id.effective().isAfter(id.term().ends())) {
            problems.add(new Problem("agreement.effective", "the agreement takes effect on " + id.effective()
                    + ", after its term ends on " + id.term().ends()));
        }
        Signature[] both = {a.signatures().marketing(), a.signatures().sales()};
        String[] sides = {"marketing", "sales"};
        for (int i = 0; i < 2; i++) {
            if (both[i] != null && both[i].signedAt().isAfter(id.lastDay().plusDays(1).atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC))) {
                problems.add(new Problem("signatures." + sides[i] + ".signedAt",
                        "signed after the term ended (" + id.lastDay() + ")"));
            }
        }
    }

    private static void scoring(ScoringModel s, List<Problem> problems) {
        Optional<Long> reachable = s.reachableMaximum();
        if (reachable.isPresent() && reachable.get() < s.threshold()) {
            problems.add(new Problem("scoring.threshold", "no lead can reach the threshold " + s.threshold()
                    + ": the model gives at most " + reachable.get() + " points"));
        }
        if (s.threshold() <= 0) {
            problems.add(new Problem("scoring.threshold", "a threshold of " + s.threshold()
                    + " qualifies every lead by score alone; use a positive number"));
        }
        if (s.maximum() != null && s.maximum() < s.threshold()) {
            problems.add(new Problem("scoring.maximum", "the score is capped at " + s.maximum()
                    + ", below the threshold " + s.threshold()));
        }
        List<Band> bands = s.bands();
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    problems.add(new Problem("scoring.bands." + bands.get(j).name(), "band " + bands.get(j)
                            + " overlaps band " + bands.get(i)));
                }
                if (bands.get(i).name().equalsIgnoreCase(bands.get(j).name())) {
                    problems.add(new Problem("scoring.bands." + bands.get(j).name(), "band name used twice"));
                }
            }
            if (reachable.isPresent() && bands.get(i).from() > reachable.get()) {
                problems.add(new Problem("scoring.bands." + bands.get(i).name(), "band " + bands.get(i)
                        + " starts above the most points any lead can get (" + reachable.get() + ")"));
            }
        }
        List<String> ids = s.rules().stream().map(ScoringRule::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                problems.add(new Problem("scoring.rules[" + i + "].id", "rule id '" + ids.get(i)
                        + "' is used twice; explanations cite rules by id"));
            }
        }
        if (s.rules().isEmpty()) {
            problems.add(new Problem("scoring.rules", "the scoring model has no rules"));
        }
    }

    private static void qualification(Agreement a, List<Problem> problems) {
        BehaviouralQualifiers b = a.behaviouralQualifiers();
        if (b.rule().usesBehaviour() && b.anyOf().isEmpty()) {
            problems.add(new Problem("behaviouralQualifiers.anyOf", "the rule '" + b.rule().code()
                    + "' needs at least one behavioural qualifier"));
        }
        List<ActivityType> fast = a.fastTrack().activities();
        for (int i = 0; i < fast.size(); i++) {
            if (fast.get(i).isSalesTouch()) {
                problems.add(new Problem("fastTrack[" + i + "]", fast.get(i).code()
                        + " is a sales touch, not a lead's action: it cannot fast-track a lead"));
            }
        }
        for (int i = 0; i < b.anyOf().size(); i++) {
            Intent intent = b.anyOf().get(i);
            if (intent.activity() != null && intent.activity().isSalesTouch()) {
                problems.add(new Problem("behaviouralQualifiers.anyOf[" + i + "]", intent.activity().code()
                        + " is a sales touch, not buying intent shown by the lead"));
            }
        }
    }

    private static void sla(Agreement a, List<Problem> problems) {
        SalesSla s = a.salesSla();
        if (s.firstFollowUpTarget().compareTo(s.firstFollowUpMaximum()) > 0) {
            problems.add(new Problem("salesSla.firstFollowUp.target", "the target (" + s.firstFollowUpTarget()
                    + ") is longer than the maximum (" + s.firstFollowUpMaximum() + ")"));
        }
        if (s.touchesWithin().compareTo(s.statusUpdateWithin()) > 0 && a.dispositions().allows(Disposition.COULD_NOT_REACH)) {
            problems.add(new Problem("salesSla.touches.within", "the touch cadence (" + s.touchesWithin()
                    + ") outlasts the status update deadline (" + s.statusUpdateWithin()
                    + "): could-not-reach could never be set in time"));
        }
        if (a.escalation().reassignAfter() != null && a.routing().rules().isEmpty()
                && a.routing().defaultRep() == null && a.routing().defaultTeam() == null) {
            problems.add(new Problem("escalation.reassignAfter", "breached leads are to be reassigned after "
                    + a.escalation().reassignAfter() + ", but routing has no rules to choose the next rep"));
        }
        if (a.marketingSla().leadValueGoal() != null && a.marketingSla().leadValueGoal() <= 0) {
            problems.add(new Problem("marketingSla.leadValueGoal", "a lead value goal must be positive"));
        }
    }
}
