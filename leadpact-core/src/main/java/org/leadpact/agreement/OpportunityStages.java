package org.leadpact.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The opportunity ladder, from the first stage to closed, with rising probabilities. */
public record OpportunityStages(List<OpportunityStage> ladder) {
    public static final OpportunityStages DEFAULT = new OpportunityStages(List.of(
            new OpportunityStage("prospect-new", 10), new OpportunityStage("engaged", 20),
            new OpportunityStage("evaluation", 30), new OpportunityStage("budget", 40),
            new OpportunityStage("proposal", 50), new OpportunityStage("technically-selected", 60),
            new OpportunityStage("negotiation", 70), new OpportunityStage("final-signature", 80),
            new OpportunityStage("in-purchasing", 90), new OpportunityStage("closed", 100)));

    public OpportunityStages {
        ladder = List.copyOf(ladder);
        if (ladder.isEmpty()) {
            throw new IllegalArgumentException("list at least one opportunity stage");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ladder.size(); i++) {
            if (!names.add(ladder.get(i).name())) {
                throw new IllegalArgumentException("stage '" + ladder.get(i).name() + "' is listed twice");
            }
            if (i > 0 && ladder.get(i).probability() <= ladder.get(i - 1).probability()) {
                throw new IllegalArgumentException("probabilities must rise along the ladder: '"
                        + ladder.get(i).name() + "' (" + ladder.get(i).probability() + "%) follows '"
                        + ladder.get(i - 1).name() + "' (" + ladder.get(i - 1).probability() + "%)");
            }
        }
    }

    public Optional<OpportunityStage> find(String name) {
        return ladder.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public OpportunityStage first() {
        return ladder.get(0);
    }
}
