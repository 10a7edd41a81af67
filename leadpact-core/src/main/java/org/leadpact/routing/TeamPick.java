package org.leadpact.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.routing.Decision.Assign;
import org.leadpact.routing.Router.Ask;

/**
 * A team's pick: its dispatcher when it dispatches by hand, else the next rep of its rotation among
 * those who can take a lead now (see {@link TeamTurns} for the turn order and the catch-up bound).
 */
final class TeamPick {
    private TeamPick() {
    }

    static Optional<Assign> pick(TeamPolicy policy, Ask ask, String clause, String because) {
        List<Rep> members = ask.directory().members(policy.team());
        if (policy.mode() == TeamPolicy.Mode.DISPATCH) {
            return dispatch(policy, ask, clause, because);
        }
        if (members.isEmpty()) {
            ask.notes().add(because + ", but team " + policy.team() + " has no reps");
            return Optional.empty();
        }
        TeamTurns turns = ask.state().turns(policy.team());
        Rep best = null;
        long bestPass = Long.MAX_VALUE;
        int totalWeight = 0;
        List<String> skipped = new ArrayList<>();
        for (Rep r : members) {
            Optional<String> why = Availability.unavailable(r, policy, ask.state(), ask.at());
            if (why.isPresent()) {
                skipped.add(r.id() + " (" + why.get() + ")");
                continue;
            }
            totalWeight += policy.weight(r.id());
            long pass = turns.effectivePass(r.id(), policy.weight(r.id()), policy.catchUp());
            if (pass < bestPass) {
                best = r;
                bestPass = pass;
            }
        }
        String passedOver = skipped.isEmpty() ? "" : "; skipped " + String.join(", ", skipped);
        if (best == null) {
            ask.notes().add(because + ", but no rep of team " + policy.team() + " can take it now" + passedOver);
            return Optional.empty();
        }
        String share = policy.mode() == TeamPolicy.Mode.WEIGHTED
                ? " (weight " + policy.weight(best.id()) + " of " + totalWeight + ")" : "";
        Assign a = Router.assign(ask, best.id(), clause, because + ": team " + policy.team() + " "
                + policy.mode().code() + " turn " + (turns.turn() + 1) + ", " + best.id() + share + passedOver);
        return Optional.of(new Assign(a.rep(), a.clause(), a.why(), a.after().picked(policy, best.id())));
    }

    private static Optional<Assign> dispatch(TeamPolicy policy, Ask ask, String clause, String because) {
        Optional<Team> team = ask.directory().team(policy.team());
        String contact = team.map(Team::pointOfContact).orElse(null);
        Optional<Rep> rep = ask.directory().rep(contact);
        if (rep.isEmpty() || !rep.get().active()) {
            ask.notes().add(because + ", but team " + policy.team() + " dispatches by hand and has no active "
                    + "dispatcher or manager");
            return Optional.empty();
        }
        String role = contact.equals(team.get().dispatcher()) ? "dispatcher" : "manager";
        return Optional.of(Router.assign(ask, contact, clause, because + ": team " + policy.team()
                + " dispatches by hand, to its " + role + " " + contact));
    }
}
