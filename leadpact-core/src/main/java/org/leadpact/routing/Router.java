package org.leadpact.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.Agreement;
import org.leadpact.agreement.Routing;
import org.leadpact.agreement.RoutingRule;
import org.leadpact.agreement.TeamPolicy;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Decision.Assign;
import org.leadpact.routing.Decision.Unrouted;

/**
 * Picks the rep for a qualified lead under one agreement's routing clause. Pure: the same lead, score
 * band, directory, routing state, accounts and instant always give the same decision. Order: owner
 * first (a returning lead's previous rep, then the account's owner), then the rules (first match
 * wins), then the default. A rule whose target can take no lead now falls to the default; the words
 * say why each rep was passed over.
 */
public final class Router {
    public static final String OWNER_FIRST = "routing.ownerFirst";
    public static final String DEFAULT = "routing.default";

    private final Agreement agreement;
    private final Routing routing;

    public Router(Agreement agreement) {
        this.agreement = agreement;
        this.routing = agreement.routing();
    }

    /** One decision's inputs and the notes gathered on the way (targets passed over). */
    record Ask(LeadState lead, Directory directory, RoutingState state, Instant at, List<String> notes) {
    }

    public Decision decide(LeadState lead, String scoreBand, Directory directory, RoutingState state,
                           Accounts accounts, Instant at) {
        if (lead.attributes().doNotContact()) {
            return new Unrouted("the lead asked not to be contacted: it is never routed");
        }
        Ask ask = new Ask(lead, directory, state, at, new ArrayList<>());
        Optional<Assign> owner = OwnerFirst.owner(routing, agreement.requiredInformation(), ask, accounts);
        if (owner.isPresent()) {
            return owner.get();
        }
        for (RoutingRule rule : routing.rules()) {
            Optional<String> matched = RuleMatch.matched(rule, lead.attributes(), scoreBand);
            if (matched.isPresent()) {
                Optional<Assign> a = target(ask, rule.rep(), rule.team(), rule.clause(),
                        "rule " + rule.id() + " matched (" + matched.get() + ")");
                if (a.isPresent()) {
                    return a.get();
                }
                break;
            }
        }
        if (routing.hasDefault()) {
            Optional<Assign> a = target(ask, routing.defaultRep(), routing.defaultTeam(), DEFAULT,
                    ask.notes().isEmpty() ? "no rule matched: the default" : "the default");
            if (a.isPresent()) {
                return a.get();
            }
        }
        return new Unrouted(ask.notes().isEmpty() ? "no rule matched and the agreement has no default"
                : String.join("; ", ask.notes()) + "; no one else to route to");
    }

    private Optional<Assign> target(Ask ask, String rep, String team, String clause, String because) {
        return rep != null ? namedRep(ask, rep, clause, because) : TeamPick.pick(routing.policy(team), ask, clause,
                because);
    }

    private Optional<Assign> namedRep(Ask ask, String repId, String clause, String because) {
        Optional<Rep> rep = ask.directory().rep(repId);
        if (rep.isEmpty()) {
            ask.notes().add(because + ", but rep " + repId + " is not in the directory");
            return Optional.empty();
        }
        TeamPolicy policy = rep.get().team() == null ? TeamPolicy.roundRobin("none") : routing.policy(rep.get().team());
        Optional<String> why = Availability.unavailable(rep.get(), policy, ask.state(), ask.at());
        if (why.isPresent()) {
            ask.notes().add(because + ", but " + repId + " is " + why.get());
            return Optional.empty();
        }
        return Optional.of(assign(ask, repId, clause, because + ": rep " + repId));
    }

    static Assign assign(Ask ask, String rep, String clause, String why) {
        String words = ask.notes().isEmpty() ? why : String.join("; ", ask.notes()) + "; " + why;
        return new Assign(rep, clause, words, ask.state().assigned(rep, ask.at(), true));
    }

    /**
     * The team whose rotation gave a lead, from the clause of its assignment: a rule's or the default's
     * team, unless that team dispatches by hand. What {@link RoutingLedger} needs to replay turns.
     */
    public static Optional<TeamPolicy> rotation(Routing routing, String clause) {
        String team = null;
        if (DEFAULT.equals(clause)) {
            team = routing.defaultTeam();
        } else if (clause != null && clause.startsWith("routing.rules[") && clause.endsWith("]")) {
            team = routing.rule(clause.substring("routing.rules[".length(), clause.length() - 1))
                    .map(RoutingRule::team).orElse(null);
        }
        return Optional.ofNullable(team).map(routing::policy).filter(p -> p.mode() != TeamPolicy.Mode.DISPATCH);
    }
}
