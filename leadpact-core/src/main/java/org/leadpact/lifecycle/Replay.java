package org.leadpact.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.leadpact.lead.LeadState;

/**
 * Runs a lead's commands, in order, through the engine: the state they lead to and the commands that
 * were refused. The back-test and any rebuild rely on this being deterministic.
 */
public final class Replay {
    private Replay() {
    }

    public record Refusal(int index, Command command, Outcome.Rejected rejection) {
    }

    public record Result(LeadState state, List<Refusal> refusals) {
        public Result {
            refusals = List.copyOf(refusals);
        }
    }

    public static Result run(LeadEngine engine, String leadId, List<? extends Command> commands) {
        LeadState state = LeadState.empty(leadId);
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Outcome outcome = engine.handle(state, commands.get(i));
            switch (outcome) {
                case Outcome.Accepted accepted -> state = accepted.state();
                case Outcome.Rejected rejected -> refusals.add(new Refusal(i, commands.get(i), rejected));
            }
        }
        return new Result(state, refusals);
    }
}
