package org.leadpact.app.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.leadpact.app.store.Tokens;
import org.leadpact.app.store.Tokens.Holder;

/**
 * Signing in to the pages with an API token: the token is kept in an HttpOnly, SameSite=Strict cookie
 * and checked on every request, so revoking it signs the browser out too. Forms carry a CSRF value
 * derived from the token, which another site cannot know.
 */
final class Session {
    static final String COOKIE = "leadpact_session";
    private static final String HOLDER = "leadpact.web.holder";

    private final Tokens tokens;

    Session(Tokens tokens) {
        this.tokens = tokens;
    }

    Optional<Holder> signIn(Context ctx, String token) {
        Optional<Holder> holder = tokens.holder(token == null ? "" : token.strip());
        holder.ifPresent(h -> {
            Cookie cookie = new Cookie(COOKIE, token.strip());
            cookie.setHttpOnly(true);
            cookie.setSameSite(SameSite.STRICT);
            cookie.setPath("/");
            ctx.cookie(cookie);
        });
        return holder;
    }

    void signOut(Context ctx) {
        ctx.removeCookie(COOKIE, "/");
    }

    /** Before every page: the holder of the cookie's token, or off to the sign-in page. */
    void require(Context ctx) {
        String token = ctx.cookie(COOKIE);
        Optional<Holder> holder = token == null ? Optional.empty() : tokens.holder(token);
        if (holder.isEmpty()) {
            ctx.redirect("/ui/sign-in");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(HOLDER, holder.get());
        if (ctx.method().name().equals("POST") && !csrf(token).equals(ctx.formParam("csrf"))) {
            throw new WebFailure(403, "This form was not sent from a LeadPact page; reload the page and try again.");
        }
    }

    static Holder holder(Context ctx) {
        Holder holder = ctx.attribute(HOLDER);
        if (holder == null) {
            throw new IllegalStateException("page was not signed in");
        }
        return holder;
    }

    static String csrf(Context ctx) {
        return csrf(ctx.cookie(COOKIE));
    }

    static String csrf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("csrf:" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
