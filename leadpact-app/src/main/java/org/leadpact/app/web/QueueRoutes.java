package org.leadpact.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.leadpact.app.service.Leads;
import org.leadpact.app.store.Tokens.Holder;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.routing.Directory;
import org.leadpact.routing.Rep;

/**
 * {@code /ui/queue}: whose queue a request may see. A rep sees only their own (any other rep or team is
 * "not found", so nobody can probe for reps); a sales manager whose token names their rep sees the
 * reps of the teams they manage, all of them at once by default; an admin or the head of sales picks
 * any rep or team.
 */
final class QueueRoutes {
    private final Leads leads;
    private final Directory directory;
    private final QueuePage page;

    QueueRoutes(Leads leads, Directory directory, QueuePage page) {
        this.leads = leads;
        this.directory = directory;
        this.page = page;
    }

    void register(Javalin app) {
        app.get("/ui/queue", ctx -> ctx.html(page.show(ctx, whose(ctx))));
    }

    /** The reps whose open leads the page lists, and how the page names them; no reps: only the picker. */
    record Whose(String title, List<String> reps, String query) {
    }

    private Whose whose(Context ctx) {
        Holder holder = Session.holder(ctx);
        if (!AgreementPage.may(holder, Role.ADMIN, Role.SALES_MANAGER, Role.SALES_REP)) {
            throw new WebFailure(403, "A " + holder.role().code() + " has no queue; the queue is sales'.");
        }
        String rep = blankToNull(ctx.queryParam("rep"));
        String team = blankToNull(ctx.queryParam("team"));
        Set<String> scope = scope(holder);
        if (rep != null) {
            if (scope != null ? !scope.contains(rep) : !known(rep)) {
                throw new WebFailure(404, "There is no rep " + rep + ".");
            }
            return new Whose("Queue of " + name(rep), List.of(rep), "?rep=" + encode(rep));
        }
        if (team != null) {
            List<String> members = directory.team(team).map(t -> directory.members(t.id()).stream().map(Rep::id).toList())
                    .filter(m -> scope == null || scope.containsAll(m)).orElseThrow(() ->
                            new WebFailure(404, "There is no team " + team + "."));
            return new Whose("Queue of team " + team, members, "?team=" + encode(team));
        }
        if (holder.role() == Role.SALES_REP) {
            return new Whose("My queue", List.of(holder.rep()), "");
        }
        return scope == null ? new Whose("Queue", List.of(), "")
                : new Whose("Queue of my teams", List.copyOf(new TreeSet<>(scope)), "");
    }

    /** The reps a holder may watch, or null for any. */
    private Set<String> scope(Holder holder) {
        if (holder.role() == Role.SALES_REP) {
            return Set.of(holder.rep());
        }
        if (holder.role() == Role.SALES_MANAGER && holder.rep() != null) {
            Set<String> mine = new TreeSet<>(directory.managedBy(holder.rep()));
            mine.add(holder.rep());
            return mine;
        }
        return null;
    }

    /** A rep of the directory, or anyone leads were ever given to (the demo's reps are only in the log). */
    private boolean known(String rep) {
        return directory.rep(rep).isPresent() || leads.ownsAny(rep);
    }

    private String name(String rep) {
        return directory.rep(rep).map(r -> r.name() + " (" + rep + ")").orElse(rep);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
