package org.leadpact.app.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import org.leadpact.app.exchange.Lifecycle.Kind;
import org.leadpact.lifecycle.Command;

/** One lifecycle step of an imported row, ready to be handed to the engine. */
record ImportStep(Kind kind, Instant at, String rep, BigDecimal amount, String reason, String actor) {

    /** The command for the engine; {@code importActor} stands in for the data's missing actors. */
    Command command(String importActor) {
        String who = actor != null ? actor : importActor;
        return switch (kind) {
            case HAND_OFF -> new Command.HandOff(at, rep, importActor, "handed off to " + rep + " in the source data");
            case OPPORTUNITY -> new Command.OpenOpportunity(at, importActor);
            case WON -> new Command.CloseWon(at, amount, who);
            case LOST -> new Command.CloseLost(at, reason != null ? reason : "closed lost in the source data", who);
        };
    }
}
