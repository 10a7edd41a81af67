package org.leadpact.reports;

import java.util.Objects;

/** An open opportunity moved to a stage of the ladder (with that stage's probability), at epoch second {@code at}. */
public record OpportunityMove(String stage, int probability, long at) {
    public OpportunityMove {
        Objects.requireNonNull(stage, "stage");
    }
}
