package org.leadpact.app.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import java.util.Set;
import org.leadpact.lead.LeadState;
import org.leadpact.routing.Directory;

/**
 * Who is calling and what they may do. Every /api/v1 request carries {@code Authorization: Bearer
 * TOKEN}. Roles: admin (everything), marketing (leads, activities, agreements), sales-manager (the
 * leads of the teams they manage when the token names their rep, all leads otherwise; sales actions,
 * reassignment, activation), sales-rep (only the leads they own; another rep's — or another team's —
 * lead is 404, as if it did not exist, so nobody can probe for leads).
 */
final class Access {
    private static final String HOLDER = "leadpact.holder";
    private static final String SCOPE = "leadpact.scope";

    private final Tokens tokens;
    private final Directory directory;

    Access(Tokens tokens, Directory directory) {
        this.tokens = tokens;
        this.directory = directory;
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
        scope(holder.get()).ifPresent(reps -> ctx.attribute(SCOPE, reps));
    }

    /** The reps whose leads the holder sees, or empty for all leads. */
    private Optional<Set<String>> scope(Holder h) {
        return switch (h.role()) {
            case SALES_REP -> Optional.of(Set.of(h.rep()));
            case SALES_MANAGER -> h.rep() == null ? Optional.empty() : Optional.of(directory.managedBy(h.rep()));
            default -> Optional.empty();
        };
    }

    /** The owners a caller's view is limited to (a rep: themselves; a manager: their teams), or empty: all. */
    static Optional<Set<String>> scope(Context ctx) {
        holder(ctx);
        return Optional.ofNullable(ctx.attribute(SCOPE));
    }

    /** Whether the caller may see the leads and queue of this rep. */
    static boolean mayWatch(Context ctx, String rep) {
        return scope(ctx).map(s -> s.contains(rep)).orElse(true);
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

    /** A sales rep sees only their own leads, a manager their teams'; to them any other is not there at all. */
    static void mustSee(Context ctx, LeadState lead) {
        Optional<Set<String>> scope = scope(ctx);
        if (scope.isPresent() && (lead.owner() == null || !scope.get().contains(lead.owner()))) {
            throw new Problem.Raised(Problem.of(404, "Not found", "no lead " + lead.id()));
        }
    }

    /**
     * The owners a caller's lead list is restricted to: the one asked for (null: any) when the caller may
     * see it, else their own scope; a rep asking for another rep's leads finds none.
     */
    static Optional<Set<String>> ownerFilter(Context ctx, String requested) {
        Optional<Set<String>> scope = scope(ctx);
        if (requested == null) {
            return scope;
        }
        return Optional.of(scope.map(s -> s.contains(requested) ? Set.of(requested) : Set.<String>of())
                .orElse(Set.of(requested)));
    }
}
