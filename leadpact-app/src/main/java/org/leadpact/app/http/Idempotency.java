package org.leadpact.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Optional;
import org.leadpact.app.store.IdempotencyKeys;

/**
 * Wraps a write: with an {@code Idempotency-Key}, the first answer is stored and a retry with the
 * same key and body gets it again ({@code Idempotent-Replayed: true}) without doing anything. The
 * same key with a different request is refused (422). Keys are scoped to method and path.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";

    private final IdempotencyKeys keys;
    private final Clock clock;

    Idempotency(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    Handler wrap(Handler write) {
        return ctx -> {
            String key = ctx.header(HEADER);
            if (key == null || key.isBlank()) {
                write.handle(ctx);
                return;
            }
            if (key.length() > 200) {
                throw new Problem.Raised(Problem.of(400, "Invalid request", HEADER + " is at most 200 characters"));
            }
            String scoped = ctx.method() + " " + ctx.path() + " " + key;
            String hash = IdempotencyKeys.hash(ctx.method().name(), ctx.path(), ctx.body());
            Optional<IdempotencyKeys.Answer> earlier = keys.find(scoped);
            if (earlier.isPresent()) {
                replay(ctx, earlier.get(), hash);
                return;
            }
            write.handle(ctx);
            String body = ctx.result() == null ? "" : ctx.result();
            if (ctx.status().getCode() < 500) {
                keys.remember(scoped, new IdempotencyKeys.Answer(hash, ctx.status().getCode(), body), clock.instant());
            }
        };
    }

    private static void replay(Context ctx, IdempotencyKeys.Answer answer, String hash) {
        if (!answer.requestHash().equals(hash)) {
            throw new Problem.Raised(Problem.of(422, "Idempotency key reused",
                    "this " + HEADER + " was used for a different request; use a new key for a new request"));
        }
        ctx.status(answer.status()).header("Idempotent-Replayed", "true")
                .contentType(answer.status() >= 400 ? Problem.MEDIA_TYPE : "application/json").result(answer.body());
    }
}
