package org.leadpact.app.http;

import io.javalin.Javalin;
import java.time.LocalDate;
import org.leadpact.agreement.Agreement;
import org.leadpact.app.backtest.Backtests;
import org.leadpact.app.store.Tokens.Role;
import org.leadpact.app.view.BacktestView;
import org.leadpact.backtest.BacktestPeriod;

/**
 * {@code POST /api/v1/backtests}: a proposed agreement (its YAML, need not be signed) replayed over
 * the log beside the baseline, for marketing and admins. Answers the report; reads only, so it takes
 * no Idempotency-Key (storing an answer would be a write).
 */
final class BacktestRoutes {
    private final Backtests backtests;

    BacktestRoutes(Backtests backtests) {
        this.backtests = backtests;
    }

    private record Request(String proposed, String baseline, LocalDate from, LocalDate to) {
    }

    void register(Javalin app) {
        app.post("/api/v1/backtests", ctx -> {
            Access.require(ctx, Role.ADMIN, Role.MARKETING);
            Request r = Requests.read(ctx.body(), (b, node) -> {
                var o = b.obj(node, "");
                Request request = new Request(o.get("proposed", true, b::text),
                        o.get("baseline", false, b::text, Backtests.ACTIVE), o.get("from", true, b::date),
                        o.get("to", true, b::date));
                o.done("proposed", "baseline", "from", "to");
                return request;
            });
            BacktestPeriod period = Backtests.period(r.from(), r.to());
            Agreement proposed = Backtests.agreement("proposed", r.proposed(), "proposed");
            Agreement baseline = backtests.stored(r.baseline());
            int threads = Runtime.getRuntime().availableProcessors();
            AgreementRoutes.respond(ctx, BacktestView.toJson(backtests.run(baseline, proposed, period, threads,
                    read -> { }).report()));
        });
    }
}
