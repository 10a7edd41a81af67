package org.leadpact.app.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.lead.LeadState;

/**
 * Who is calling and what they may do. Every /api/v1 request carries {@code Authorization: Bearer
 * TOKEN}. Roles: admin (everything), marketing (leads, activities, agreements), sales-manager (leads,
 * sales actions, activation), sales-rep (only the leads they own; another rep's lead is 404, as if it
 * did not exist, so reps cannot probe for leads).
 */
final class Access {
    private static final String HOLDER = "leadpact.holder";

    private final Tokens tokens;

    Access(Tokens tokens) {
        this.tokens = tokens;
    }

    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new Problem.Raised(Problem.of(401, "Unauthorized",
                    "send Authorization: Bearer TOKEN (create one with: leadpact token create)"));
        }
        Optional<Holder> holder = tokens.holder(header.substring(7).strip());
        if (holder.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new Problem.Raised(Problem.of(401, "Unauthorized", "the token is unknown or revoked"));
        }
        ctx.attribute(HOLDER, holder.get());
    }

    static Holder holder(Context ctx) {
        Holder holder = ctx.attribute(HOLDER);
        if (holder == null) {
            throw new IllegalStateException("request was not authenticated");
        }
        return holder;
    }

    /** Refuses (403) unless the caller has one of these roles. */
    static Holder require(Context ctx, Role... roles) {
        Holder holder = holder(ctx);
        if (!Arrays.asList(roles).contains(holder.role())) {
            throw new Problem.Raised(Problem.of(403, "Forbidden", "a " + holder.role().code() + " token may not "
                    + ctx.method() + " " + ctx.path()));
        }
        return holder;
    }

    /** A sales rep sees only their own leads; to them anyone else's is not there at all. */
    static void mustSee(Context ctx, LeadState lead) {
        Holder holder = holder(ctx);
        if (holder.role() == Role.SALES_REP && !holder.rep().equals(lead.owner())) {
            throw new Problem.Raised(Problem.of(404, "Not found", "no lead " + lead.id()));
        }
    }

    /** The owner filter a caller's lead list is restricted to: their own leads for a rep. */
    static String ownerFilter(Context ctx, String requested) {
        Holder holder = holder(ctx);
        return holder.role() == Role.SALES_REP ? holder.rep() : requested;
    }
}
