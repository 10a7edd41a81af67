package org.leadpact.agreement;

/** A step of the opportunity ladder with the probability of closing from there. */
public record OpportunityStage(String name, int probability) {
    public OpportunityStage {
        Identity.requireText(name, "stage name");
        if (probability < 0 || probability > 100) {
            throw new IllegalArgumentException("a probability is a percentage from 0 to 100");
        }
    }
}
