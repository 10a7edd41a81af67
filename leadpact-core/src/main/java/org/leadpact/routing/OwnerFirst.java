package org.leadpact.routing;

import java.util.List;
import java.util.Optional;
import org.leadpact.agreement.RequiredInformation;
import org.leadpact.agreement.Routing;
import org.leadpact.lead.Attributes;
import org.leadpact.lead.LeadEvent;
import org.leadpact.lead.LeadState;
import org.leadpact.lead.OwnerAssigned;
import org.leadpact.routing.Decision.Assign;
import org.leadpact.routing.Router.Ask;

/**
 * Continuity before rotation: a returning (recycled) lead goes back to the rep who had it, and a lead
 * of an account someone owns (same business e-mail domain, else same company) to that owner, when that
 * rep is active and not out of office. Caps and working hours do not apply: the account is theirs.
 */
final class OwnerFirst {
    private OwnerFirst() {
    }

    static Optional<Assign> owner(Routing routing, RequiredInformation info, Ask ask, Accounts accounts) {
        Attributes a = ask.lead().attributes();
        if (routing.returningLeads()) {
            Optional<String> previous = previousOwner(ask.lead());
            if (previous.isPresent()) {
                Optional<Assign> back = ifPresent(ask, previous.get(), "returning lead: back to its previous rep "
                        + previous.get());
                if (back.isPresent()) {
                    return back;
                }
            }
        }
        if (routing.accountOwners()) {
            Optional<String> domain = a.emailDomain().filter(d -> !info.isFreeMail(d));
            Optional<String> byDomain = domain.flatMap(accounts::ownerOfDomain);
            if (byDomain.isPresent()) {
                return ifPresent(ask, byDomain.get(), "owner first: the account " + domain.get() + " belongs to "
                        + byDomain.get());
            }
            Optional<String> company = a.text(Attributes.COMPANY);
            Optional<String> byCompany = company.map(Accounts::companyKey).flatMap(accounts::ownerOfCompany);
            if (byCompany.isPresent()) {
                return ifPresent(ask, byCompany.get(), "owner first: the account " + company.get() + " belongs to "
                        + byCompany.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Assign> ifPresent(Ask ask, String repId, String why) {
        Optional<Rep> rep = ask.directory().rep(repId);
        if (rep.isEmpty()) {
            ask.notes().add(why + ", who is not in the directory");
            return Optional.empty();
        }
        Optional<String> absent = Availability.absent(rep.get(), ask.at());
        if (absent.isPresent()) {
            ask.notes().add(why + ", who is " + absent.get());
            return Optional.empty();
        }
        return Optional.of(Router.assign(ask, repId, Router.OWNER_FIRST, why));
    }

    /** The rep a lead had before it went back to nurture, if it did and had one. */
    static Optional<String> previousOwner(LeadState lead) {
        if (lead.owner() != null || lead.lastRecycledAt() == null) {
            return Optional.empty();
        }
        List<LeadEvent> history = lead.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i) instanceof OwnerAssigned o && !o.at().isAfter(lead.lastRecycledAt())) {
                return Optional.of(o.owner());
            }
        }
        return Optional.empty();
    }
}
